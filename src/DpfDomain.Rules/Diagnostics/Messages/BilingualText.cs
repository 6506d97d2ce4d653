namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>A part of a message in English and Chinese (a detail, a reason, a word), not a whole problem.</summary>
/// <param name="English">The English text.</param>
/// <param name="Chinese">The Chinese text.</param>
internal readonly record struct BilingualText(string English, string Chinese)
{
    /// <summary>The text in one language.</summary>
    /// <param name="chinese">Whether the Chinese text is wanted.</param>
    /// <returns>The Chinese or the English text.</returns>
    public string In(bool chinese) => chinese ? Chinese : English;
}

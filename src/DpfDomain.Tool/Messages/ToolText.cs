namespace DpfDomain.Tool.Messages;

/// <summary>
/// One text of the tool in English and Chinese. The tool's texts live in the catalogue classes of this
/// folder (<see cref="HelpTexts"/>, <see cref="ToolMessages"/>, <see cref="ReportWords"/>,
/// <see cref="ImpactWords"/>), which the message list (docs/messages.md) reads by reflection.
/// </summary>
/// <param name="English">The text in English.</param>
/// <param name="Chinese">The text in Chinese.</param>
internal readonly record struct ToolText(string English, string Chinese)
{
    /// <summary>The text in the chosen language.</summary>
    public string In(bool chinese) => chinese ? Chinese : English;
}

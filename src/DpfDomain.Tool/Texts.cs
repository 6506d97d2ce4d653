namespace DpfDomain.Tool;

/// <summary>The tool's own words in Chinese and English.</summary>
internal sealed class Texts(bool chinese)
{
    public bool Chinese { get; } = chinese;

    public string Pick(string english, string chinese) => Chinese ? chinese : english;
}

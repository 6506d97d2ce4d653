using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary>The language of a run: says the tool's texts (<see cref="ToolText"/>) in Chinese or English.</summary>
internal sealed class Texts(bool chinese)
{
    public bool Chinese { get; } = chinese;

    /// <summary>A text of the tool's catalogue in the chosen language.</summary>
    public string Say(ToolText text) => text.In(Chinese);

    /// <summary>One of two texts that come in both languages from elsewhere (a library's message, a fact's meaning), never a literal.</summary>
    public string Pick(string english, string chinese) => Chinese ? chinese : english;
}

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// One problem's texts, ready to report: what is wrong and how to fix it, in English and Chinese,
/// under the code of the descriptor it was made from (<see cref="DiagnosticDescriptor.Message(string, string)"/>).
/// The message factories of each area (<c>DocumentMessages</c>, <c>ExpressionMessages</c>, …) return these.
/// </summary>
internal sealed record DiagnosticMessage
{
    internal DiagnosticMessage(DiagnosticDescriptor descriptor, string text, string textZh, string fix, string fixZh)
    {
        Descriptor = descriptor;
        Text = text;
        TextZh = textZh;
        Fix = fix;
        FixZh = fixZh;
    }

    /// <summary>The descriptor the message was made from.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The code, always the descriptor's.</summary>
    public DiagnosticCode Code => Descriptor.Code;

    /// <summary>What is wrong, in English.</summary>
    public string Text { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string TextZh { get; }

    /// <summary>How to fix it, in English.</summary>
    public string Fix { get; }

    /// <summary>How to fix it, in Chinese.</summary>
    public string FixZh { get; }
}

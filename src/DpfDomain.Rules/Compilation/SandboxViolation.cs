using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>Why an expression was refused by the sandbox: a problem from the message catalogue (<see cref="SandboxMessages"/>).</summary>
/// <param name="Problem">The problem, under DPF123 (not allowed) or DPF124 (too large).</param>
/// <param name="Word">The name in the text that the problem is about (a member or method), to position it; null when none.</param>
/// <param name="Offset">The offset in the text of the character the problem is about, when the text check knows it.</param>
internal sealed record SandboxViolation(DiagnosticMessage Problem, string? Word = null, int? Offset = null)
{
    /// <summary>What is wrong, in English.</summary>
    public string Message => Problem.Text;

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh => Problem.TextZh;

    /// <summary>How to fix it, in English.</summary>
    public string Hint => Problem.Fix;

    /// <summary>How to fix it, in Chinese.</summary>
    public string HintZh => Problem.FixZh;

    /// <summary>Whether the expression is refused for its size (DPF124) rather than for what it uses.</summary>
    public bool TooLarge => Problem.Code == DiagnosticCode.ExpressionTooLarge;
}

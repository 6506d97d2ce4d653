using System.Globalization;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics;

/// <summary>
/// One problem found while loading rule sets: where it is (file, line, column, rule), what is
/// wrong and how to fix it, in Chinese and English. Immutable.
/// </summary>
public sealed class RuleDiagnostic
{
    internal RuleDiagnostic(string file, SourcePosition position, string? ruleName, DiagnosticMessage message)
    {
        File = DiagnosticText.Clean(file, maskIdentityNumbers: false);
        Line = position.Line;
        Column = position.Column;
        Code = message.Code;
        RuleName = ruleName is null ? null : DiagnosticText.Clean(ruleName);
        Message = DiagnosticText.Clean(message.Text);
        MessageZh = DiagnosticText.Clean(message.TextZh);
        Hint = DiagnosticText.Clean(message.Fix);
        HintZh = DiagnosticText.Clean(message.FixZh);
    }

    /// <summary>The file (or resource or stream name).</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, in characters.</summary>
    public int Column { get; }

    /// <summary>The kind of problem.</summary>
    public DiagnosticCode Code { get; }

    /// <summary>The rule the problem is in, if any.</summary>
    public string? RuleName { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Message { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>How to fix it, in English.</summary>
    public string Hint { get; }

    /// <summary>How to fix it, in Chinese.</summary>
    public string HintZh { get; }

    /// <summary>Formats the diagnostic on one line: <c>file:line:col: DPF101 [rule] message Fix: hint</c>.</summary>
    /// <param name="chinese">Whether to use the Chinese texts.</param>
    /// <returns>The formatted diagnostic.</returns>
    public string Format(bool chinese)
    {
        var rule = RuleName is null ? string.Empty : $" [{FormatWords.Rule.In(chinese)} {RuleName}]";
        var text = chinese ? $"{MessageZh} {FormatWords.Fix.Chinese}{HintZh}" : $"{Message} {FormatWords.Fix.English}{Hint}";
        return string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: DPF{(int)Code}{rule} {text}");
    }

    /// <summary>The English one-line form.</summary>
    /// <returns><see cref="Format(bool)"/> in English.</returns>
    public override string ToString() => Format(chinese: false);
}

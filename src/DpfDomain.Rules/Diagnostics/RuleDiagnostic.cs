using System.Globalization;

namespace DpfDomain.Rules.Diagnostics;

/// <summary>
/// One problem found while loading rule sets: where it is (file, line, column, rule), what is
/// wrong and how to fix it, in Chinese and English. Immutable.
/// </summary>
public sealed class RuleDiagnostic
{
    internal RuleDiagnostic(string file, int line, int column, DiagnosticCode code, string? ruleName, string message, string messageZh, string hint, string hintZh)
    {
        File = DiagnosticText.Clean(file, maskIdentityNumbers: false);
        Line = line;
        Column = column;
        Code = code;
        RuleName = ruleName is null ? null : DiagnosticText.Clean(ruleName);
        Message = DiagnosticText.Clean(message);
        MessageZh = DiagnosticText.Clean(messageZh);
        Hint = DiagnosticText.Clean(hint);
        HintZh = DiagnosticText.Clean(hintZh);
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
        var rule = RuleName is null ? string.Empty : chinese ? $" [规则 {RuleName}]" : $" [rule {RuleName}]";
        var text = chinese ? $"{MessageZh} 修改建议：{HintZh}" : $"{Message} Fix: {Hint}";
        return string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: DPF{(int)Code}{rule} {text}");
    }

    /// <summary>The English one-line form.</summary>
    /// <returns><see cref="Format(bool)"/> in English.</returns>
    public override string ToString() => Format(chinese: false);
}

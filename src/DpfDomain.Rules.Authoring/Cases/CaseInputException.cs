using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// Thrown when a person, employer or case file holds an invalid value. Messages never show an
/// unmasked identity number, whatever field it was typed into, nor raw control or bidi characters.
/// </summary>
public sealed class CaseInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The English message.</param>
    /// <param name="messageZh">The Chinese message.</param>
    public CaseInputException(string message, string messageZh)
        : base(Diagnostics.DiagnosticText.Clean(message, MaximumLength))
    {
        MessageZh = Diagnostics.DiagnosticText.Clean(messageZh, MaximumLength);
    }

    /// <summary>Creates the exception for a value at a path such as <c>Household.Members[0].Id</c>, to be given its line and column.</summary>
    internal CaseInputException(string message, string messageZh, string? field)
        : this(message, messageZh)
    {
        Field = field;
    }

    /// <summary>Creates the exception for a problem from the message catalogue, under its code, at a path such as <c>Household.Members[0].Id</c>.</summary>
    internal CaseInputException(DiagnosticMessage problem, string? field)
        : this(problem.Text, problem.TextZh, field)
    {
        Code = problem.Code;
        Problem = problem;
    }

    /// <summary>Creates the exception for several positioned problems of one object, one per line, under a heading when given.</summary>
    internal CaseInputException(BilingualText? heading, IReadOnlyList<BilingualText> lines, Diagnostics.DiagnosticCode code)
        : this(Join(heading?.English, lines, chinese: false), Join(heading?.Chinese, lines, chinese: true))
    {
        Lines = lines;
        Code = code;
        Positioned = true;
    }

    /// <summary>The Chinese message.</summary>
    public string MessageZh { get; }

    /// <summary>The longest message kept (several positioned problems, one per line).</summary>
    private const int MaximumLength = 64 * Diagnostics.DiagnosticText.MaximumLength;

    /// <summary>The path of the value at fault within the person, employer or case, when known.</summary>
    internal string? Field { get; }

    /// <summary>The kind of problem, shown as <c>DPFnnn</c> after the file, line and column.</summary>
    internal Diagnostics.DiagnosticCode Code { get; init; } = Diagnostics.DiagnosticCode.InvalidValue;

    /// <summary>Whether the messages already start with the file, line and column.</summary>
    internal bool Positioned { get; init; }

    /// <summary>The problem from the message catalogue, with its fix, when the exception was made from one.</summary>
    internal DiagnosticMessage? Problem { get; init; }

    /// <summary>The positioned problems, one per line without a heading, when the exception holds several.</summary>
    internal IReadOnlyList<BilingualText>? Lines { get; }

    private static string Join(string? heading, IReadOnlyList<BilingualText> lines, bool chinese)
    {
        var texts = lines.Select(l => chinese ? l.Chinese : l.English);
        return string.Join(Environment.NewLine, heading is null ? texts : texts.Prepend(heading));
    }
}

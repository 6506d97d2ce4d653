using System.Collections.Generic;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>Why an expression could not be compiled; <see cref="Offset"/> is the 0-based character in the expression, when known.</summary>
/// <param name="Message">The problem, from the message catalogue.</param>
/// <param name="Offset">The 0-based character in the expression, when known.</param>
internal sealed record ExpressionProblem(DiagnosticMessage Message, int? Offset = null)
{
    /// <summary>More problems of the same expression found by the same check (each full-width character), reported with this one.</summary>
    public IReadOnlyList<ExpressionProblem> Also { get; init; } = [];
}

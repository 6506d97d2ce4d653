using DpfDomain.Rules.Diagnostics;

namespace DpfDomain.Rules.Compilation;

/// <summary>Why an expression could not be compiled; <see cref="Offset"/> is the 0-based character in the expression, when known.</summary>
internal sealed record ExpressionProblem(DiagnosticCode Code, int? Offset, string Message, string MessageZh, string Hint, string HintZh);

using System;

namespace DpfDomain.Rules.Compilation;

/// <summary>An expression took more list-query steps than its run-time budget; the evaluator turns it into an error decision.</summary>
internal sealed class QueryBudgetExceededException()
    : Exception($"The expression took more than {Compilation.SandboxLimits.MaxQueryStepsPerEvaluation} list-query steps.");

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// The documented limits that bound what one rule set may cost to load and to evaluate. Every
/// limit is checked when the rule set is loaded, before it is compiled; see docs/security.md for
/// the threat each one answers and the test that proves it.
/// </summary>
public static class SandboxLimits
{
    /// <summary>The longest expression text, in characters.</summary>
    public const int MaxExpressionLength = 2000;

    /// <summary>How deeply brackets (<c>( [ {</c>) may nest in an expression's text; checked before the text is parsed.</summary>
    public const int MaxBracketNesting = 40;

    /// <summary>The most nodes an expression tree may have.</summary>
    public const int MaxNodes = 400;

    /// <summary>The deepest an expression tree may nest.</summary>
    public const int MaxDepth = 40;

    /// <summary>How deeply list queries with a lambda (<c>Any(x =&gt; …)</c>) may nest inside each other.</summary>
    public const int MaxQueryNesting = 2;

    /// <summary>The most scoped params (LocalParams of one rule, or GlobalParams) in one list.</summary>
    public const int MaxScopedParams = Loading.RuleSetLimits.MaxScopedParams;

    /// <summary>The most top-level rules one rule set may have.</summary>
    public const int MaxTopLevelRules = Loading.RuleSetLimits.MaxTopLevelRules;

    /// <summary>The most rules one rule set may have, nested rules included.</summary>
    public const int MaxRules = Loading.RuleSetLimits.MaxRules;

    /// <summary>The deepest rules may nest (a top-level rule is level 1).</summary>
    public const int MaxRuleNesting = Loading.RuleSetLimits.MaxRuleNesting;

    /// <summary>The most parameters one rule set may declare.</summary>
    public const int MaxParameters = Loading.RuleSetLimits.MaxParameters;

    /// <summary>The most dated values one parameter may have.</summary>
    public const int MaxParameterValues = Loading.RuleSetLimits.MaxParameterValues;

    /// <summary>The most benefits, and separately the most outputs, one rule set may have.</summary>
    public const int MaxBenefits = Loading.RuleSetLimits.MaxBenefits;

    /// <summary>The most yearly quotas one program may list.</summary>
    public const int MaxQuotas = Loading.RuleSetLimits.MaxQuotas;

    /// <summary>
    /// The longest format text accepted by a number's <c>ToString(format)</c>; the format must be
    /// written as a literal. Together with <see cref="MaxFormatPrecision"/> this bounds any
    /// formatted number to <see cref="MaxFormattedLength"/> characters.
    /// </summary>
    public const int MaxFormatLength = 16;

    /// <summary>The largest precision of a standard number format (<c>F2</c>, <c>D8</c>, <c>N28</c>).</summary>
    public const int MaxFormatPrecision = 28;

    /// <summary>The most characters any accepted number format can produce (a <see cref="double"/> near its maximum with 28 decimals and group separators).</summary>
    public const int MaxFormattedLength = 512;

    /// <summary>
    /// The run-time budget of one evaluation of one expression: the most steps of list queries
    /// (calls of a lambda such as <c>c =&gt; c == 6</c>) it may take. With fact lists of at most
    /// <see cref="Facts.PersonFacts.MaxCodes"/> entries and queries nested at most
    /// <see cref="MaxQueryNesting"/> deep, an accepted rule needs far fewer; the budget is the last
    /// line of defence, and running over it gives an error decision, never an exception.
    /// </summary>
    public const int MaxQueryStepsPerEvaluation = 100_000;
}

namespace DpfDomain.Rules.Loading;

/// <summary>
/// How large a rule set may be, counted by the loader before anything is compiled. Published
/// with the expression limits as <c>SandboxLimits</c>.
/// </summary>
internal static class RuleSetLimits
{
    /// <summary>The most scoped params (LocalParams of one rule, or GlobalParams) in one list.</summary>
    public const int MaxScopedParams = 16;

    /// <summary>The most top-level rules one rule set may have.</summary>
    public const int MaxTopLevelRules = 64;

    /// <summary>The most rules one rule set may have, nested rules included.</summary>
    public const int MaxRules = 256;

    /// <summary>The deepest rules may nest (a top-level rule is level 1).</summary>
    public const int MaxRuleNesting = 8;

    /// <summary>The most parameters one rule set may declare.</summary>
    public const int MaxParameters = 128;

    /// <summary>The most dated values one parameter may have.</summary>
    public const int MaxParameterValues = 128;

    /// <summary>The most benefits, and separately the most outputs, one rule set may have.</summary>
    public const int MaxBenefits = 32;

    /// <summary>The most yearly quotas one program may list.</summary>
    public const int MaxQuotas = 200;
}

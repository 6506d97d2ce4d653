namespace DpfDomain.Rules.Compilation;

/// <summary>The documented size limits of rule expressions.</summary>
public static class SandboxLimits
{
    /// <summary>The longest expression text, in characters.</summary>
    public const int MaxExpressionLength = 2000;

    /// <summary>The most nodes an expression tree may have.</summary>
    public const int MaxNodes = 400;

    /// <summary>The deepest an expression tree may nest.</summary>
    public const int MaxDepth = 40;

    /// <summary>How deeply list queries with a lambda (<c>Any(x =&gt; …)</c>) may nest inside each other.</summary>
    public const int MaxQueryNesting = 2;

    /// <summary>The most scoped params (LocalParams of one rule, or GlobalParams) in one list.</summary>
    public const int MaxScopedParams = 16;

    /// <summary>The most top-level rules one rule set may have.</summary>
    public const int MaxTopLevelRules = 64;

    /// <summary>The deepest rules may nest (a top-level rule is level 1).</summary>
    public const int MaxRuleNesting = 8;
}

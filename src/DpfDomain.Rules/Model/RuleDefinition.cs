using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>
/// One eligibility rule, in RulesEngine's own JSON shape: either an <c>Expression</c>, or an
/// <c>Operator</c> (<c>And</c>, <c>AndAlso</c>, <c>Or</c>, <c>OrElse</c>) over nested <c>Rules</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("An eligibility rule in RulesEngine's shape: an Expression, or an Operator over nested Rules. ErrorMessage is the English reason, Properties.ErrorMessageZh the Chinese one.")]
internal sealed class RuleDefinition : LocatedDefinition
{
    /// <summary>The rule's name, unique in the rule set.</summary>
    [JsonRequired]
    [Description("The rule's name, unique in the rule set; decisions report failed rules by it.")]
    public string RuleName { get; init; } = string.Empty;

    /// <summary>The condition, a boolean expression over <c>Person</c>, <c>Parameters</c> and scoped params.</summary>
    [Description("The condition: a boolean expression over Person.<fact>, Parameters.<name> and LocalParams. Omit when Operator is given.")]
    public string? Expression { get; init; }

    /// <summary>How nested rules combine: <c>And</c>/<c>AndAlso</c> (all pass) or <c>Or</c>/<c>OrElse</c> (any passes).</summary>
    [Description("How nested Rules combine: And/AndAlso (all pass) or Or/OrElse (any passes). Exactly these spellings.")]
    public string? Operator { get; init; }

    /// <summary>Nested rules, with <see cref="Operator"/>.</summary>
    [Description("Nested rules, combined by Operator.")]
    public IReadOnlyList<RuleDefinition>? Rules { get; init; }

    /// <summary>Named intermediate values computed before the expression.</summary>
    [Description("Named intermediate values computed, in order, before the Expression.")]
    public IReadOnlyList<ScopedParamDefinition>? LocalParams { get; init; }

    /// <summary>The reason, in English, shown when the rule fails.</summary>
    [JsonRequired]
    [Description("Plain-words reason in English shown when the rule fails.")]
    public string ErrorMessage { get; init; } = string.Empty;

    /// <summary>The event name when the rule passes (RulesEngine's <c>SuccessEvent</c>).</summary>
    [Description("Event name when the rule passes (RulesEngine SuccessEvent).")]
    public string? SuccessEvent { get; init; }

    /// <summary>Whether the rule is evaluated; a disabled rule is skipped.</summary>
    [Description("Whether the rule is evaluated (default true).")]
    public bool Enabled { get; init; } = true;

    /// <summary>RulesEngine's expression type; only <c>LambdaExpression</c> exists.</summary>
    [Description("RulesEngine expression type; only LambdaExpression exists.")]
    public string? RuleExpressionType { get; init; }

    /// <summary>The Chinese reason and an optional reference.</summary>
    [JsonRequired]
    [Description("ErrorMessageZh (the Chinese reason) and an optional Reference.")]
    public RuleProperties Properties { get; init; } = new();
}

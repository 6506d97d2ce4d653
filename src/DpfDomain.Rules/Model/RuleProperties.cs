using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>The extra properties DpfDomain reads from a rule's <c>Properties</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("DpfDomain's rule properties: the Chinese reason and an optional reference.")]
internal sealed class RuleProperties : LocatedDefinition
{
    /// <summary>The reason, in Chinese, shown when the rule fails.</summary>
    [JsonRequired]
    [Description("Plain-words reason in Chinese shown when the rule fails, e.g. 家庭不属于低保户。")]
    public string ErrorMessageZh { get; init; } = string.Empty;

    /// <summary>The document or article the rule comes from.</summary>
    [Description("The document or article the rule comes from.")]
    public string? Reference { get; init; }
}

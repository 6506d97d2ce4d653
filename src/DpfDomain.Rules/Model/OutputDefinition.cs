using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A named value a decision reports when eligible, such as a priority group for ordering.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A named value reported with an eligible decision, e.g. a priority group used for ordering.")]
internal sealed class OutputDefinition : LocatedDefinition
{
    /// <summary>The output's id, unique in the rule set.</summary>
    [JsonRequired]
    [Description("The output's id, e.g. PriorityGroup.")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The output's name.</summary>
    [Description("The output's name in Chinese and English.")]
    public LocalizedText? Name { get; init; }

    /// <summary>The expression computing the value (a number, text or yes/no).</summary>
    [JsonRequired]
    [Description("The expression computing the value: a number, text or yes/no.")]
    public string Expression { get; init; } = string.Empty;
}

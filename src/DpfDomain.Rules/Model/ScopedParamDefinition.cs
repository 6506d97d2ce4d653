using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A named intermediate value (RulesEngine's <c>LocalParams</c> and <c>GlobalParams</c>), usable by later expressions.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A named intermediate value (RulesEngine LocalParams/GlobalParams) that later expressions can use by name.")]
internal sealed class ScopedParamDefinition : LocatedDefinition
{
    /// <summary>The name.</summary>
    [JsonRequired]
    [Description("The name, used as an identifier in later expressions.")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The expression that computes the value.</summary>
    [JsonRequired]
    [Description("The expression computing the value.")]
    public string Expression { get; init; } = string.Empty;
}

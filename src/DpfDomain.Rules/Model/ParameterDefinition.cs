using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A named parameter with a unit and dated values; expressions read the value in force as <c>Parameters.&lt;Name&gt;</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A named parameter with a unit and dated values. Expressions read the value in force on the evaluation date as Parameters.<Name>.")]
internal sealed class ParameterDefinition : LocatedDefinition
{
    /// <summary>The name: a letter, then letters and digits.</summary>
    [JsonRequired]
    [Description("The name: a letter, then letters and digits, e.g. AmountPerYear.")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The unit.</summary>
    [JsonRequired]
    [Description("The unit. Switch values are true/false; all others are numbers.")]
    public ParameterUnit Unit { get; init; }

    /// <summary>What the parameter means.</summary>
    [Description("What the parameter means, in Chinese and English.")]
    public LocalizedText? Description { get; init; }

    /// <summary>The values, in ascending date order.</summary>
    [JsonRequired]
    [Description("The values, in ascending date order; the first must apply on or before the program's EffectiveFrom date.")]
    public IReadOnlyList<DatedValueDefinition> Values { get; init; } = [];
}

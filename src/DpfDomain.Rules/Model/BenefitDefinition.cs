using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>One benefit item, computed only for an eligible person.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A benefit item, computed only when eligible: an amount in yuan for a period.")]
internal sealed class BenefitDefinition : LocatedDefinition
{
    /// <summary>The item's id, unique in the rule set.</summary>
    [JsonRequired]
    [Description("The item's id, unique in the rule set, e.g. Subsidy.")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The item's name.</summary>
    [Description("The item's name in Chinese and English.")]
    public LocalizedText? Name { get; init; }

    /// <summary>The amount in yuan: a numeric expression, rounded to the fen half away from zero.</summary>
    [JsonRequired]
    [Description("The amount in yuan: a numeric expression, e.g. Parameters.AmountPerYear; rounded to the fen.")]
    public string Amount { get; init; } = string.Empty;

    /// <summary>The unit of the amount; yuan.</summary>
    [Description("The unit of the amount: Yuan (the default); for an InKind item, its value in yuan.")]
    public BenefitUnit Unit { get; init; } = BenefitUnit.Yuan;

    /// <summary>How often it is paid.</summary>
    [JsonRequired]
    [Description("How often it is paid: PerMonth, PerYear, OneOff or InKind (the amount is the item's value).")]
    public BenefitPeriod Period { get; init; }

    /// <summary>A boolean expression; the item applies only when it holds.</summary>
    [Description("Optional boolean expression; the item applies only when it holds.")]
    public string? Condition { get; init; }
}

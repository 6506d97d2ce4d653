using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A parameter value that applies from a date until the next value's date.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A value that applies from its date until the next value's date.")]
internal sealed class DatedValueDefinition : LocatedDefinition
{
    /// <summary>The first day the value applies.</summary>
    [JsonRequired]
    [IsoDate]
    [Description("First day the value applies (yyyy-MM-dd).")]
    public string From { get; init; } = string.Empty;

    /// <summary>The value: a number, or <c>true</c>/<c>false</c> for a switch.</summary>
    [JsonRequired]
    [Description("The value: a number, or true/false for a Switch.")]
    public JsonElement Value { get; init; }

    /// <summary>Where the value comes from.</summary>
    [JsonRequired]
    [Description("Where the value comes from: the document, or 'local reference value' when a county should set its own.")]
    public string Reference { get; init; } = string.Empty;
}

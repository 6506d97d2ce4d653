using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>The task number (任务数) of a program for one year.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("The yearly task number (任务数, quota) of the program.")]
internal sealed class QuotaDefinition : LocatedDefinition
{
    /// <summary>The year.</summary>
    [JsonRequired]
    [Description("The year the quota is for.")]
    public int Year { get; init; }

    /// <summary>The number of people (or items) the year's task asks for.</summary>
    [JsonRequired]
    [Description("The number of people or items the task asks for.")]
    public int Count { get; init; }

    /// <summary>Where the number comes from.</summary>
    [Description("Where the number comes from (document, date).")]
    public string? Reference { get; init; }
}

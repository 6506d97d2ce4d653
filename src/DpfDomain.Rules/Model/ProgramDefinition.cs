using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>Who runs a program, under which documents, when, and how it is numbered and funded.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("The program: id, names, legal references, effective period, version, funding and quotas.")]
internal sealed class ProgramDefinition : LocatedDefinition
{
    /// <summary>The program id, e.g. <c>P1</c>: a letter, then letters, digits, <c>-</c> or <c>_</c>, at most 32 characters.</summary>
    [JsonRequired]
    [Description("Program id, e.g. P1: a letter, then letters, digits, '-' or '_' (at most 32). Versions of one program share it.")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The program's name.</summary>
    [JsonRequired]
    [Description("The program's name in Chinese and English.")]
    public LocalizedText Name { get; init; } = new();

    /// <summary>What the program is for.</summary>
    [Description("What the program is for, in Chinese and English.")]
    public LocalizedText? Description { get; init; }

    /// <summary>Whom the program is evaluated for.</summary>
    [Description("Whom the program is evaluated for: Person (expressions read Person.<fact>, the default) or Employer (Employer.<fact>).")]
    public ProgramSubject Subject { get; init; } = ProgramSubject.Person;

    /// <summary>The documents the program rests on, e.g. 国发〔2015〕52号.</summary>
    [JsonRequired]
    [Description("The documents the program rests on, e.g. 国发〔2015〕52号.")]
    public IReadOnlyList<string> LegalReferences { get; init; } = [];

    /// <summary>The version of this rule set, e.g. <c>2019.1</c>.</summary>
    [JsonRequired]
    [Description("The version of this rule set, e.g. 2019.1.")]
    public string Version { get; init; } = string.Empty;

    /// <summary>The first day this version is in force.</summary>
    [JsonRequired]
    [IsoDate]
    [Description("First day this version is in force (yyyy-MM-dd).")]
    public string EffectiveFrom { get; init; } = string.Empty;

    /// <summary>The last day this version is in force, or none while it continues.</summary>
    [IsoDate]
    [Description("Last day this version is in force (yyyy-MM-dd); omit while it continues.")]
    public string? EffectiveUntil { get; init; }

    /// <summary>Where the money comes from.</summary>
    [Description("Where the money comes from, in Chinese and English.")]
    public LocalizedText? FundingSource { get; init; }

    /// <summary>Yearly task numbers.</summary>
    [Description("Yearly task numbers (任务数).")]
    public IReadOnlyList<QuotaDefinition> Quotas { get; init; } = [];
}

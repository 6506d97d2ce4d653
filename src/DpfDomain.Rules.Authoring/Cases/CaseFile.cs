using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// Policy test cases of one program, kept next to its rule set (<c>P1.cases.json</c> beside
/// <c>P1.ruleset.json</c>): each names a date, a person or employer, and the decision expected.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("Policy test cases of one program.")]
public sealed class CaseFile
{
    /// <summary>The file-name suffix of case files.</summary>
    public const string FileSuffix = ".cases.json";

    /// <summary>The file and its root node, to position a problem with <see cref="Program"/>; null when built in code.</summary>
    internal SourceLocation? Source { get; set; }

    /// <summary>An optional JSON Schema reference, for editors.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The program the cases are for.</summary>
    [JsonRequired]
    [Description("The program id the cases are for.")]
    public string Program { get; init; } = string.Empty;

    /// <summary>The cases.</summary>
    [JsonRequired]
    [Description("The cases.")]
    public IReadOnlyList<RuleCase> Cases { get; init; } = [];
}

/// <summary>One policy test case.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class RuleCase
{
    /// <summary>The file and node this was read from, to position problems found later; null when built in code.</summary>
    internal SourceLocation? Source { get; set; }

    /// <summary>What is wrong with the case itself, found when its file was read (each a positioned line); empty for a case that can be run.</summary>
    internal IReadOnlyList<Rules.Diagnostics.Messages.BilingualText> Problems { get; set; } = [];

    /// <summary>What the case shows, e.g. "age 10 on the assessment date is eligible".</summary>
    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    /// <summary>The evaluation date.</summary>
    [JsonRequired]
    public string Date { get; init; } = string.Empty;

    /// <summary>The person and household, for a person program.</summary>
    public PersonInput? Person { get; init; }

    /// <summary>Parameter values to use instead of the rule set's for this case (e.g. an extension switched on).</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Parameters { get; init; }

    /// <summary>The employer, for the levy.</summary>
    public EmployerInput? Employer { get; init; }

    /// <summary>The decision expected.</summary>
    [JsonRequired]
    public ExpectedDecision Expected { get; init; } = new();
}

/// <summary>What a case expects.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ExpectedDecision
{
    /// <summary>The outcome.</summary>
    [JsonRequired]
    public DecisionOutcome Outcome { get; init; }

    /// <summary>
    /// The amount in yuan, when checked, for a decision whose items are all of one period (or that
    /// pays nothing: 0). A decision paying amounts of several periods is checked with
    /// <see cref="Amounts"/>: amounts of different periods are never added.
    /// </summary>
    public decimal? Amount { get; init; }

    /// <summary>
    /// The amounts in yuan per period, when checked, e.g. <c>{ "PerYear": 15000, "InKind": 6000 }</c>;
    /// a period not named must pay nothing.
    /// </summary>
    public IReadOnlyDictionary<Rules.Model.BenefitPeriod, decimal>? Amounts { get; init; }

    /// <summary>The names of the top-level rules that fail, in any order, when checked.</summary>
    public IReadOnlyList<string>? FailedRules { get; init; }

    /// <summary>Outputs expected (e.g. <c>"PriorityGroup": 1</c>), when checked; compared as invariant text.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Outputs { get; init; }
}

using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>A rule-set file: one version of one program.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A DpfDomain rule set: one version of one program. 一个规则集文件：一个项目的一个版本。")]
internal sealed class RuleSetDocument : LocatedDefinition
{
    /// <summary>The JSON Schema the file follows, for editors.</summary>
    [JsonPropertyName("$schema")]
    [Description("The JSON Schema the file follows, for editors.")]
    public string? Schema { get; init; }

    /// <summary>The program.</summary>
    [JsonRequired]
    [Description("The program: id, names, references, effective period, version.")]
    public ProgramDefinition Program { get; init; } = new();

    /// <summary>The parameters, each with dated values.</summary>
    [Description("Parameters with units and dated values; read as Parameters.<Name>.")]
    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];

    /// <summary>The eligibility workflow.</summary>
    [JsonRequired]
    [Description("The eligibility conditions (a RulesEngine workflow).")]
    public EligibilityWorkflow Eligibility { get; init; } = new();

    /// <summary>The benefit items.</summary>
    [JsonRequired]
    [Description("The benefit items paid when eligible.")]
    public IReadOnlyList<BenefitDefinition> Benefits { get; init; } = [];

    /// <summary>Named values reported with an eligible decision.</summary>
    [Description("Named values reported with an eligible decision, e.g. a priority group.")]
    public IReadOnlyList<OutputDefinition> Outputs { get; init; } = [];
}

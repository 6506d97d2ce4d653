using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>The eligibility conditions: a RulesEngine workflow. A person is eligible when every enabled top-level rule passes.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("The eligibility conditions as a RulesEngine workflow; eligible when every enabled top-level rule passes.")]
internal sealed class EligibilityWorkflow : LocatedDefinition
{
    /// <summary>The workflow's name.</summary>
    [JsonRequired]
    [Description("The workflow's name, usually the program id.")]
    public string WorkflowName { get; init; } = string.Empty;

    /// <summary>Named values every rule can use.</summary>
    [Description("Named values every rule can use (RulesEngine GlobalParams).")]
    public IReadOnlyList<ScopedParamDefinition>? GlobalParams { get; init; }

    /// <summary>The rules.</summary>
    [JsonRequired]
    [Description("The rules; all enabled ones must pass.")]
    public IReadOnlyList<RuleDefinition> Rules { get; init; } = [];
}

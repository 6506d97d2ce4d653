using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Model;
using RulesEngine.Models;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Turns a rule set's eligibility section into RulesEngine's own <see cref="Workflow"/>, so that
/// RulesEngine itself can evaluate it as the reference (differential tests, tooling). The inputs
/// are <c>RuleParameter("Person", facts)</c> and <c>RuleParameter("Parameters", values)</c>.
/// Never used on the per-person path.
/// </summary>
internal static class RulesEngineWorkflows
{
    public static Workflow ToWorkflow(RuleSetDocument document) => new()
    {
        WorkflowName = document.Eligibility.WorkflowName,
        GlobalParams = document.Eligibility.GlobalParams?.Select(ToScoped).ToList(),
        Rules = [.. document.Eligibility.Rules.Select(ToRule)],
    };

    private static Rule ToRule(RuleDefinition rule) => new()
    {
        RuleName = rule.RuleName,
        Expression = rule.Expression,
        Operator = rule.Operator,
        Rules = rule.Rules?.Select(ToRule).ToList(),
        LocalParams = rule.LocalParams?.Select(ToScoped).ToList(),
        ErrorMessage = rule.ErrorMessage,
        SuccessEvent = rule.SuccessEvent,
        Enabled = rule.Enabled,
        Properties = new Dictionary<string, object> { ["ErrorMessageZh"] = rule.Properties.ErrorMessageZh },
    };

    private static ScopedParam ToScoped(ScopedParamDefinition scoped) => new() { Name = scoped.Name, Expression = scoped.Expression };
}

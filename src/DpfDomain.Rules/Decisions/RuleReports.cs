using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Decisions;

/// <summary>What a decision says about one compiled rule: its failure with the reasons filled in, or its trace.</summary>
internal static class RuleReports
{
    /// <summary>The failed-rule report of this rule (called only when it failed).</summary>
    public static FailedRule Failure<TFacts>(CompiledRule<TFacts> rule, TFacts facts, object parameters)
    {
        if (rule.IsFixedLeaf)
        {
            // Built once per rule and kept with it: a failed decision then allocates only its list.
            if (rule.FixedFailure is not FailedRule fixedFailure)
            {
                fixedFailure = new FailedRule(rule.Name, rule.ReasonTemplate.Render(null, chinese: false), rule.ReasonZhTemplate.Render(null, chinese: true), rule.Reference, []);
                rule.FixedFailure = fixedFailure;
            }

            return fixedFailure;
        }

        var failed = new FailedRule[rule.Children.Length];
        var count = 0;
        foreach (var child in rule.Children)
        {
            if (child.Enabled && !SafeEvaluate(child, facts, parameters))
            {
                failed[count++] = Failure(child, facts, parameters);
            }
        }

        return new FailedRule(rule.Name, rule.ReasonTemplate.Render(parameters, chinese: false), rule.ReasonZhTemplate.Render(parameters, chinese: true), rule.Reference, count == failed.Length ? failed : failed[..count]);
    }

    /// <summary>Evaluates with a full trace, catching run-time failures per rule.</summary>
    public static (RuleTrace Trace, bool? Passed) Traced<TFacts>(CompiledRule<TFacts> rule, TFacts facts, object parameters)
    {
        var factValues = rule.FactsRead.Select(p => new KeyValuePair<string, string>(p.Name, ValueText.Format(p.GetValue(facts), quoteText: true))).ToArray();
        var parameterValues = rule.ParametersRead.Select(p => new KeyValuePair<string, string>(p.Name, ValueText.Format(p.GetValue(parameters), quoteText: true))).ToArray();
        if (!rule.Enabled)
        {
            return (new RuleTrace(rule.Name, RuleOutcome.Skipped, null, null, factValues, parameterValues, []), null);
        }

        if (rule.Condition is not null)
        {
            try
            {
                var passed = rule.Condition(facts, parameters);
                return (new RuleTrace(rule.Name, passed ? RuleOutcome.Passed : RuleOutcome.Failed, null, null, factValues, parameterValues, []), passed);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var (english, chinese) = RuntimeErrors.Describe(exception);
                return (new RuleTrace(rule.Name, RuleOutcome.Error, english, chinese, factValues, parameterValues, []), false);
            }
        }

        var children = rule.Children.Select(c => Traced(c, facts, parameters)).ToArray();
        var enabled = children.Where(c => c.Passed is not null).ToArray();
        var failedChild = enabled.Select(c => c.Trace).FirstOrDefault(t => t.Outcome == RuleOutcome.Error);
        var result = enabled.Length > 0 && (rule.IsAnd ? enabled.All(c => c.Passed == true) : enabled.Any(c => c.Passed == true));
        var outcome = failedChild is not null ? RuleOutcome.Error : result ? RuleOutcome.Passed : RuleOutcome.Failed;
        return (
            new RuleTrace(
                rule.Name,
                outcome,
                failedChild is null ? null : DecisionMessages.InNestedRule(failedChild.RuleName, failedChild.Error, failedChild.ErrorZh).English,
                failedChild is null ? null : DecisionMessages.InNestedRule(failedChild.RuleName, failedChild.Error, failedChild.ErrorZh).Chinese,
                factValues,
                parameterValues,
                [.. children.Select(c => c.Trace)]),
            result && failedChild is null);
    }

    private static bool SafeEvaluate<TFacts>(CompiledRule<TFacts> rule, TFacts facts, object parameters)
    {
        try
        {
            return rule.Evaluate(facts, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }
}

using System.Collections.Generic;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Counts what a rule set holds — rules (nested ones included), parameters and their dated
/// values, benefits, outputs, quotas — before anything is compiled, so that an oversized file
/// costs a count, not a compile of thousands of expressions.
/// </summary>
internal static class RuleSetSizeCheck
{
    /// <summary>Reports every count over its limit; returns whether the rule set is small enough to compile.</summary>
    public static bool Check(RuleSetDocument document, DiagnosticBag bag)
    {
        var root = document.Source;
        var fits = true;
        var rules = CountRules(document.Eligibility?.Rules);
        if (rules > RuleSetLimits.MaxRules)
        {
            fits = false;
            var shown = rules > RuleSetLimits.MaxRules * 4 ? SizeMessages.MoreThan(RuleSetLimits.MaxRules * 4) : SizeMessages.Count(rules);
            bag.Report(SizeMessages.TooMany(SizeMessages.Rules, shown, RuleSetLimits.MaxRules), (root["Eligibility"]?["Rules"] ?? root).Position);
        }

        var parameters = document.Parameters ?? [];
        fits &= Limit(bag, root["Parameters"], parameters.Count, RuleSetLimits.MaxParameters, SizeMessages.Parameters);
        for (var i = 0; i < parameters.Count; i++)
        {
            var values = parameters[i]?.Values?.Count ?? 0;
            fits &= Limit(bag, parameters[i]?.Source["Values"], values, RuleSetLimits.MaxParameterValues, SizeMessages.ParameterValues);
        }

        fits &= Limit(bag, root["Benefits"], document.Benefits?.Count ?? 0, RuleSetLimits.MaxBenefits, SizeMessages.Benefits);
        fits &= Limit(bag, root["Outputs"], document.Outputs?.Count ?? 0, RuleSetLimits.MaxBenefits, SizeMessages.Outputs);
        fits &= Limit(bag, root["Program"]?["Quotas"], document.Program?.Quotas?.Count ?? 0, RuleSetLimits.MaxQuotas, SizeMessages.Quotas);
        return fits;
    }

    /// <summary>Counts rules breadth-first, stopping once far over the limit.</summary>
    private static int CountRules(IReadOnlyList<RuleDefinition>? top)
    {
        var count = 0;
        var pending = new Queue<IReadOnlyList<RuleDefinition>>();
        if (top is not null)
        {
            pending.Enqueue(top);
        }

        while (pending.Count > 0 && count <= RuleSetLimits.MaxRules * 4)
        {
            foreach (var rule in pending.Dequeue())
            {
                count++;
                if (rule?.Rules is { Count: > 0 } children)
                {
                    pending.Enqueue(children);
                }
            }
        }

        return count;
    }

    private static bool Limit(DiagnosticBag bag, SourceNode? node, int count, int limit, SizeMessages.Counted what)
    {
        if (count <= limit || node is null)
        {
            return count <= limit;
        }

        bag.Report(SizeMessages.TooMany(what, SizeMessages.Count(count), limit), node.Position);
        return false;
    }
}

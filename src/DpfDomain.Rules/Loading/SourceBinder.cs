using System.Collections.Generic;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Tells each part of a freshly read rule set where it is in its file, in one walk: the one place
/// that knows which JSON value each definition was read from. Every later check asks the
/// definition (<see cref="LocatedDefinition.Source"/>). A part whose key is missing or misspelt is
/// given its enclosing value, so what is reported there stays at the nearest place that exists.
/// </summary>
internal static class SourceBinder
{
    public static void Bind(RuleSetDocument document, SourceNode root)
    {
        document.Locate(root);
        // A part that is null was reported by the shape check; it has nothing to locate.
        var program = root.Get("Program");
        document.Program?.Locate(program);
        EachItem(document.Program?.Quotas, program.Get("Quotas"), static (quota, node) => quota.Locate(node));
        EachItem(document.Parameters, root.Get("Parameters"), static (parameter, node) =>
        {
            parameter.Locate(node);
            EachItem(parameter.Values, node.Get("Values"), static (value, valueNode) => value.Locate(valueNode));
        });

        var eligibility = root.Get("Eligibility");
        document.Eligibility?.Locate(eligibility);
        EachItem(document.Eligibility?.GlobalParams, eligibility.Get("GlobalParams"), static (param, node) => param.Locate(node));
        EachItem(document.Eligibility?.Rules, eligibility.Get("Rules"), BindRule);
        EachItem(document.Benefits, root.Get("Benefits"), static (benefit, node) => benefit.Locate(node));
        EachItem(document.Outputs, root.Get("Outputs"), static (output, node) => output.Locate(node));
    }

    private static void BindRule(RuleDefinition rule, SourceNode node)
    {
        rule.Locate(node);
        rule.Properties?.Locate(node.Get("Properties"));
        EachItem(rule.LocalParams, node.Get("LocalParams"), static (param, paramNode) => param.Locate(paramNode));
        EachItem(rule.Rules, node.Get("Rules"), BindRule);
    }

    /// <summary>Each item with its JSON value; null items (reported by the shape check) are skipped.</summary>
    private static void EachItem<T>(IReadOnlyList<T?>? items, SourceNode list, System.Action<T, SourceNode> bind)
        where T : LocatedDefinition
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item)
            {
                bind(item, list.Get(i));
            }
        }
    }
}

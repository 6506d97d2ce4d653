using System.Globalization;
using System.Text.Json;
using System;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Checks a parsed case, person or employer file against <see cref="CaseInputLimits"/>, reporting the first item, key or text beyond each bound where it is.</summary>
internal static class InputLimitChecker
{
    public static void Check(SourceNode root, DiagnosticBag bag) => Walk(root, string.Empty, null, bag);

    private static void Walk(SourceNode node, string path, string? listName, DiagnosticBag bag)
    {
        switch (node.Kind)
        {
            case JsonValueKind.Object:
                var keys = node.Properties.Count;
                if (keys > CaseInputLimits.MaximumEntries)
                {
                    bag.Report(InputMessages.TooManyKeys(path, keys, CaseInputLimits.MaximumEntries), node.Properties[CaseInputLimits.MaximumEntries].NamePosition);
                }

                for (var i = 0; i < keys && i <= CaseInputLimits.MaximumEntries; i++)
                {
                    var property = node.Properties[i];
                    if (property.Name.Length > CaseInputLimits.MaximumTextLength)
                    {
                        bag.Report(InputMessages.KeyTooLong(path, property.Name.Length, CaseInputLimits.MaximumTextLength), property.NamePosition);
                        continue;
                    }

                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Name, bag);
                }

                break;
            case JsonValueKind.Array:
                var limit = LimitOf(listName);
                var count = node.Items.Count;
                if (count > limit)
                {
                    bag.Report(InputMessages.TooManyEntries(path, listName, count, limit), node.Items[limit].Position);
                }

                for (var i = 0; i < count && i < limit; i++)
                {
                    Walk(node.Items[i], Text($"{path}[{i}]"), listName, bag);
                }

                break;
            case JsonValueKind.String or JsonValueKind.Number when node.StringValue is { Length: > CaseInputLimits.MaximumTextLength } text:
                bag.Report(InputMessages.TextTooLong(path, text.Length, CaseInputLimits.MaximumTextLength), node.Position);
                break;
        }
    }

    private static int LimitOf(string? listName) => listName switch
    {
        "Cases" => CaseInputLimits.MaximumCases,
        "Members" => CaseInputLimits.MaximumHouseholdMembers,
        "DisabledEmployees" => CaseInputLimits.MaximumDisabledEmployees,
        _ => CaseInputLimits.MaximumEntries,
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

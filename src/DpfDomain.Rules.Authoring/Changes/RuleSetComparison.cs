using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Changes;

/// <summary>
/// What an edit of a rule-set folder changes, in words (<c>dpf diff</c>): two loaded catalogs are
/// compared by meaning, not by text — a change of layout, indentation or key order is no change.
/// Programs are matched by id, versions of a program by their <c>Version</c> (then by their first
/// day in force, then a lone pair), rules by <c>RuleName</c> (nested rules included), parameters by
/// <c>Name</c> and their dated values by date, benefits and outputs by <c>Id</c>.
/// </summary>
public static class RuleSetComparison
{
    /// <summary>The differences between two catalogs, program by program in ordinal order of id, then version by version.</summary>
    /// <param name="before">The catalog before the edit.</param>
    /// <param name="after">The catalog after the edit.</param>
    /// <returns>The changes; empty when the two mean the same.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleSetChange> Compare(RuleCatalog before, RuleCatalog after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var changes = new List<RuleSetChange>();
        foreach (var id in before.ProgramIds.Union(after.ProgramIds, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var old = before.ProgramIds.Contains(id, StringComparer.Ordinal) ? before.VersionsOf(id) : [];
            var now = after.ProgramIds.Contains(id, StringComparer.Ordinal) ? after.VersionsOf(id) : [];
            if (now.Count == 0)
            {
                changes.Add(Change(id, null, ChangeMessages.ProgramRemoved(id, old[^1].Name)));
            }
            else if (old.Count == 0)
            {
                changes.Add(Change(id, null, ChangeMessages.ProgramAdded(id, now[^1].Name, now.Count, now[0].Document.Program.EffectiveFrom)));
            }
            else
            {
                ComparePrograms(id, old, now, changes);
            }
        }

        return changes;
    }

    private static void ComparePrograms(string id, IReadOnlyList<ProgramVersion> old, IReadOnlyList<ProgramVersion> now, List<RuleSetChange> changes)
    {
        var unmatchedOld = old.ToList();
        var unmatchedNew = now.ToList();
        var pairs = new List<(ProgramVersion Old, ProgramVersion New)>();
        void Match(Func<ProgramVersion, ProgramVersion, bool> same)
        {
            foreach (var version in unmatchedNew.ToList())
            {
                if (unmatchedOld.FirstOrDefault(o => same(o, version)) is { } partner)
                {
                    pairs.Add((partner, version));
                    unmatchedOld.Remove(partner);
                    unmatchedNew.Remove(version);
                }
            }
        }

        Match((o, n) => string.Equals(o.Version, n.Version, StringComparison.Ordinal));
        Match((o, n) => o.EffectiveFrom == n.EffectiveFrom);
        if (unmatchedOld.Count == 1 && unmatchedNew.Count == 1)
        {
            pairs.Add((unmatchedOld[0], unmatchedNew[0]));
            unmatchedOld.Clear();
            unmatchedNew.Clear();
        }

        var entries = new List<(string Order, RuleSetChange Change)>();
        foreach (var gone in unmatchedOld)
        {
            entries.Add((gone.Document.Program.EffectiveFrom, Change(id, gone.Version, ChangeMessages.VersionRemoved(gone.Version, gone.Document.Program.EffectiveFrom, gone.Document.Program.EffectiveUntil))));
        }

        foreach (var added in unmatchedNew)
        {
            entries.Add((added.Document.Program.EffectiveFrom, Change(id, added.Version, ChangeMessages.VersionAdded(added.Version, added.Document.Program.EffectiveFrom, added.Document.Program.EffectiveUntil))));
        }

        foreach (var (o, n) in pairs)
        {
            var found = new List<BilingualText>();
            CompareVersions(o.Document, n.Document, found);
            entries.AddRange(found.Select(text => (n.Document.Program.EffectiveFrom, Change(id, n.Version, text))));
        }

        changes.AddRange(entries.OrderBy(e => e.Order, StringComparer.Ordinal).Select(e => e.Change));
    }

    private static void CompareVersions(RuleSetDocument old, RuleSetDocument now, List<BilingualText> found)
    {
        var (a, b) = (old.Program, now.Program);
        if (!string.Equals(a.Version, b.Version, StringComparison.Ordinal))
        {
            found.Add(ChangeMessages.VersionRenumbered(a.Version, b.Version));
        }

        if (!string.Equals(a.EffectiveFrom, b.EffectiveFrom, StringComparison.Ordinal))
        {
            found.Add(ChangeMessages.EffectiveFromChanged(a.EffectiveFrom, b.EffectiveFrom));
        }

        if (!string.Equals(a.EffectiveUntil, b.EffectiveUntil, StringComparison.Ordinal))
        {
            found.Add(ChangeMessages.EffectiveUntilChanged(a.EffectiveUntil, b.EffectiveUntil));
        }

        if (!SameText(a.Name, b.Name))
        {
            found.Add(ChangeMessages.NameChanged(a.Name, b.Name));
        }

        if (a.Subject != b.Subject)
        {
            found.Add(ChangeMessages.SubjectChanged(a.Subject, b.Subject));
        }

        found.AddRange(b.LegalReferences.Except(a.LegalReferences, StringComparer.Ordinal).Select(ChangeMessages.LegalReferenceAdded));
        found.AddRange(a.LegalReferences.Except(b.LegalReferences, StringComparer.Ordinal).Select(ChangeMessages.LegalReferenceRemoved));
        var quotasBefore = a.Quotas.GroupBy(q => q.Year).ToDictionary(g => g.Key, g => g.Last().Count);
        var quotasAfter = b.Quotas.GroupBy(q => q.Year).ToDictionary(g => g.Key, g => g.Last().Count);
        foreach (var year in quotasBefore.Keys.Union(quotasAfter.Keys).Order())
        {
            int? was = quotasBefore.TryGetValue(year, out var x) ? x : null;
            int? @is = quotasAfter.TryGetValue(year, out var y) ? y : null;
            if (was != @is)
            {
                found.Add(ChangeMessages.QuotaChanged(year, was, @is));
            }
        }

        CompareParameters(old.Parameters, now.Parameters, found);
        CompareScoped(ChangeMessages.Global, old.Eligibility.GlobalParams, now.Eligibility.GlobalParams, found);
        CompareRules(old.Eligibility.Rules, now.Eligibility.Rules, found);
        CompareBenefits(old.Benefits, now.Benefits, found);
        CompareOutputs(old.Outputs, now.Outputs, found);
    }

    private static void CompareParameters(IReadOnlyList<ParameterDefinition> old, IReadOnlyList<ParameterDefinition> now, List<BilingualText> found)
    {
        var before = old.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var parameter in now)
        {
            if (!before.Remove(parameter.Name, out var was))
            {
                var values = parameter.Values.Select(v => ChangeMessages.DatedValue(v.From, Value(v.Value))).ToList();
                found.Add(ChangeMessages.ParameterAdded(
                    parameter.Name,
                    string.Join(ChangeMessages.ValueSeparator.English, values.Select(v => v.English)),
                    string.Join(ChangeMessages.ValueSeparator.Chinese, values.Select(v => v.Chinese))));
                continue;
            }

            if (was.Unit != parameter.Unit)
            {
                found.Add(ChangeMessages.ParameterUnitChanged(parameter.Name, was.Unit, parameter.Unit));
            }

            CompareValues(parameter.Name, (was.Unit, parameter.Unit), was.Values, parameter.Values, found);
        }

        found.AddRange(old.Where(p => before.ContainsKey(p.Name)).Select(p => ChangeMessages.ParameterRemoved(p.Name)));
    }

    private static void CompareValues(string name, (ParameterUnit Old, ParameterUnit Now) unit, IReadOnlyList<DatedValueDefinition> old, IReadOnlyList<DatedValueDefinition> now, List<BilingualText> found)
    {
        var before = old.GroupBy(v => v.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var after = now.GroupBy(v => v.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var from in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (was, @is) = (before.GetValueOrDefault(from), after.GetValueOrDefault(from));
            if (was is null && @is is not null)
            {
                found.Add(ChangeMessages.ParameterValueAdded(name, from, Value(@is.Value, unit.Now), InForce(old, from, unit.Old)));
            }
            else if (was is not null && @is is null)
            {
                found.Add(ChangeMessages.ParameterValueRemoved(name, from, Value(was.Value, unit.Old), InForce(now, from, unit.Now)));
            }
            else if (was is not null && @is is not null)
            {
                if (!SameValue(was.Value, @is.Value))
                {
                    found.Add(ChangeMessages.ParameterValueChanged(name, from, Value(was.Value, unit.Old), Value(@is.Value, unit.Now)));
                }

                if (!string.Equals(was.Reference, @is.Reference, StringComparison.Ordinal))
                {
                    found.Add(ChangeMessages.ParameterReferenceChanged(name, from, was.Reference, @is.Reference));
                }
            }
        }
    }

    /// <summary>The value of a timeline in force on a date (the last value dated on or before it), written.</summary>
    private static BilingualText? InForce(IReadOnlyList<DatedValueDefinition> values, string date, ParameterUnit unit) =>
        values.Where(v => string.CompareOrdinal(v.From, date) <= 0).OrderBy(v => v.From, StringComparer.Ordinal).LastOrDefault() is { } value ? Value(value.Value, unit) : null;

    /// <summary>A parameter's value with the words of its unit (<c>1,500 元/年</c>); a switch or text has none.</summary>
    private static BilingualText Value(JsonElement value, ParameterUnit unit) =>
        Value(value) is var written && value.ValueKind == JsonValueKind.Number && ChangeMessages.UnitWords(unit) is { } words
            ? new(written.English + words.English, written.Chinese + words.Chinese)
            : Value(value);

    private static void CompareRules(IReadOnlyList<RuleDefinition> old, IReadOnlyList<RuleDefinition> now, List<BilingualText> found)
    {
        var before = Flatten(old);
        var after = Flatten(now);
        foreach (var (name, (rule, parent)) in after)
        {
            if (!before.TryGetValue(name, out var was))
            {
                found.Add(ChangeMessages.RuleAdded(name, rule.Expression, rule.Operator, rule.Rules?.Count ?? 0));
                continue;
            }

            var (a, oldParent) = was;
            if (!string.Equals(oldParent, parent, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleMoved(name, oldParent, parent));
            }

            if (!string.Equals(a.Expression, rule.Expression, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleExpressionChanged(name, a.Expression, rule.Expression));
            }

            if (!string.Equals(a.Operator, rule.Operator, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleOperatorChanged(name, a.Operator, rule.Operator));
            }

            if (a.Enabled != rule.Enabled)
            {
                found.Add(ChangeMessages.RuleEnabledChanged(name, rule.Enabled));
            }

            CompareScoped(ChangeMessages.LocalOf(name), a.LocalParams, rule.LocalParams, found);
            if (!string.Equals(a.ErrorMessage, rule.ErrorMessage, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleReasonChanged(name, a.ErrorMessage, rule.ErrorMessage));
            }

            if (!string.Equals(a.Properties.ErrorMessageZh, rule.Properties.ErrorMessageZh, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleReasonZhChanged(name, a.Properties.ErrorMessageZh, rule.Properties.ErrorMessageZh));
            }

            if (!string.Equals(a.Properties.Reference, rule.Properties.Reference, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleReferenceChanged(name, a.Properties.Reference, rule.Properties.Reference));
            }

            if (!string.Equals(a.SuccessEvent, rule.SuccessEvent, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.RuleSuccessEventChanged(name, a.SuccessEvent, rule.SuccessEvent));
            }
        }

        found.AddRange(before.Keys.Where(name => !after.ContainsKey(name)).Select(ChangeMessages.RuleRemoved));
    }

    /// <summary>Every rule by name, in file order, with the path of the rules it is nested in (empty at the top level).</summary>
    private static Dictionary<string, (RuleDefinition Rule, string Parent)> Flatten(IReadOnlyList<RuleDefinition> rules)
    {
        var all = new Dictionary<string, (RuleDefinition, string)>(StringComparer.Ordinal);
        void Walk(IReadOnlyList<RuleDefinition> level, string parent)
        {
            foreach (var rule in level)
            {
                all.TryAdd(rule.RuleName, (rule, parent));
                if (rule.Rules is { Count: > 0 } nested)
                {
                    Walk(nested, parent.Length == 0 ? rule.RuleName : $"{parent} › {rule.RuleName}");
                }
            }
        }

        Walk(rules, string.Empty);
        return all;
    }

    private static void CompareScoped(BilingualText owner, IReadOnlyList<ScopedParamDefinition>? old, IReadOnlyList<ScopedParamDefinition>? now, List<BilingualText> found)
    {
        var before = (old ?? []).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Expression, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var param in now ?? [])
        {
            if (!seen.Add(param.Name))
            {
                continue;
            }

            if (!before.TryGetValue(param.Name, out var was))
            {
                found.Add(ChangeMessages.ScopedAdded(owner, param.Name, param.Expression));
            }
            else if (!string.Equals(was, param.Expression, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.ScopedChanged(owner, param.Name, was, param.Expression));
            }
        }

        found.AddRange(before.Keys.Where(name => !seen.Contains(name)).Select(name => ChangeMessages.ScopedRemoved(owner, name)));
    }

    private static void CompareBenefits(IReadOnlyList<BenefitDefinition> old, IReadOnlyList<BenefitDefinition> now, List<BilingualText> found)
    {
        var before = old.GroupBy(b => b.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var benefit in now)
        {
            if (!before.TryGetValue(benefit.Id, out var was))
            {
                found.Add(ChangeMessages.BenefitAdded(benefit.Id, benefit.Amount, benefit.Period));
                continue;
            }

            if (!string.Equals(was.Amount, benefit.Amount, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.BenefitAmountChanged(benefit.Id, was.Amount, benefit.Amount));
            }

            if (was.Period != benefit.Period)
            {
                found.Add(ChangeMessages.BenefitPeriodChanged(benefit.Id, was.Period, benefit.Period));
            }

            if (!string.Equals(was.Condition, benefit.Condition, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.BenefitConditionChanged(benefit.Id, was.Condition, benefit.Condition));
            }
        }

        var ids = now.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        found.AddRange(before.Keys.Where(id => !ids.Contains(id)).Select(ChangeMessages.BenefitRemoved));
    }

    private static void CompareOutputs(IReadOnlyList<OutputDefinition> old, IReadOnlyList<OutputDefinition> now, List<BilingualText> found)
    {
        var before = old.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Expression, StringComparer.Ordinal);
        foreach (var output in now)
        {
            if (!before.TryGetValue(output.Id, out var was))
            {
                found.Add(ChangeMessages.OutputAdded(output.Id, output.Expression));
            }
            else if (!string.Equals(was, output.Expression, StringComparison.Ordinal))
            {
                found.Add(ChangeMessages.OutputChanged(output.Id, was, output.Expression));
            }
        }

        var ids = now.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        found.AddRange(before.Keys.Where(id => !ids.Contains(id)).Select(ChangeMessages.OutputRemoved));
    }

    private static BilingualText Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => ChangeMessages.Switch(true),
        JsonValueKind.False => ChangeMessages.Switch(false),
        JsonValueKind.Number when value.TryGetDecimal(out var number) => Same(ChangeMessages.Number(number)),
        _ => Same(value.GetRawText()),
    };

    /// <summary>A value written the same way in both languages (a number).</summary>
    private static BilingualText Same(string text) => new(text, text);

    private static bool SameValue(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y)
            ? x == y
            : a.ValueKind == b.ValueKind && string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal);

    private static bool SameText(LocalizedText a, LocalizedText b) =>
        string.Equals(a.Chinese, b.Chinese, StringComparison.Ordinal) && string.Equals(a.English, b.English, StringComparison.Ordinal);

    private static RuleSetChange Change(string id, string? version, BilingualText text) => new(id, version, text.English, text.Chinese);
}

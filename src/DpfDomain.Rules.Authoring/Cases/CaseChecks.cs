using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Loading;
using NodaTime;
using DpfDomain.Rules.Authoring.Messages;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// What a case may only name once the program version in force is known: its parameter overrides
/// (names and kinds), the failed rules and the outputs it expects. A case naming something the
/// version does not have would otherwise fail for a reason that is not the policy's.
/// </summary>
internal static class CaseChecks
{
    /// <summary>Throws a <see cref="CaseInputException"/> for the first override, failed rule or output the version does not have.</summary>
    public static void Check(ProgramVersion version, LocalDate date, RuleCase rule)
    {
        var parameters = version.Compiled.Parameters;
        var names = parameters.Names.Order(StringComparer.Ordinal).ToList();
        foreach (var (name, value) in rule.Parameters ?? new Dictionary<string, JsonElement>())
        {
            var field = $"Parameters.{name}";
            if (parameters.ValueOn(name, date) is not { } current)
            {
                throw new CaseInputException(CaseMessages.NoSuchParameter(version.Id, IsoDates.Echo(name), names), field);
            }

            var isSwitch = current.Value is bool;
            if (isSwitch != value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                throw new CaseInputException(isSwitch ? CaseMessages.ParameterIsASwitch(IsoDates.Echo(name)) : CaseMessages.ParameterIsANumber(IsoDates.Echo(name), current.Value), field);
            }
        }

        var rules = version.Document.Eligibility.Rules.Select(r => r.RuleName).ToList();
        var failed = rule.Expected.FailedRules ?? [];
        for (var i = 0; i < failed.Count; i++)
        {
            if (!rules.Contains(failed[i], StringComparer.Ordinal))
            {
                throw new CaseInputException(CaseMessages.NoSuchRule(i, IsoDates.Echo(failed[i]), version.Id, rules), $"Expected.FailedRules[{i}]");
            }
        }

        foreach (var (id, value) in rule.Expected.Outputs ?? new Dictionary<string, JsonElement>())
        {
            var field = $"Expected.Outputs.{id}";
            if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                throw new CaseInputException(CaseMessages.OutputNotOneValue(IsoDates.Echo(id)), field);
            }

            if (!version.OutputNames.ContainsKey(id))
            {
                throw new CaseInputException(CaseMessages.NoSuchOutput(version.Id, IsoDates.Echo(id), [.. version.OutputNames.Keys]), field);
            }
        }
    }

}

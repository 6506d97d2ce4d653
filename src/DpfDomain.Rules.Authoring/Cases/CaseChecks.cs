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
    /// <summary>
    /// What a case says alone, checked when its file is read: a date that is one, a person or an
    /// employer (not both), parameter values that are numbers or switches, amounts that are not
    /// negative, and a person or employer the domain accepts, not born after the case's date.
    /// Throws a <see cref="CaseInputException"/> for the first problem; returns the case's date.
    /// </summary>
    public static LocalDate Load(RuleCase rule)
    {
        if (!IsoDates.TryParse(rule.Date, out var date))
        {
            throw new CaseInputException(CaseMessages.NotADate(IsoDates.Echo(rule.Date), IsoDates.FirstYear, IsoDates.LastYear), "Date");
        }

        if (rule.Person is not null && rule.Employer is not null)
        {
            throw new CaseInputException(CaseMessages.PersonAndEmployer(), "Employer");
        }

        if (rule.Person is null && rule.Employer is null)
        {
            throw new CaseInputException(CaseMessages.NeitherPersonNorEmployer(), null);
        }

        Overrides(rule.Parameters);
        if (rule.Expected.Amount is < 0 and var amount)
        {
            throw new CaseInputException(CaseMessages.NegativeAmount("Expected.Amount", amount), "Expected.Amount");
        }

        foreach (var (period, value) in rule.Expected.Amounts ?? new Dictionary<Model.BenefitPeriod, decimal>())
        {
            if (value < 0)
            {
                var field = $"Expected.Amounts.{period}";
                throw new CaseInputException(CaseMessages.NegativeAmount(field, value), field);
            }
        }

        if (rule.Person is { } input)
        {
            var (person, _) = PersonInputMapper.ToDomain(input);
            if (date < person.BirthDate)
            {
                throw new CaseInputException(CaseMessages.BeforeBirth(IsoDates.Echo(rule.Date)), "Date");
            }
        }
        else
        {
            PersonInputMapper.ToDomain(rule.Employer!);
        }

        return date;
    }

    /// <summary>The parameter values a case uses instead of the rule set's: numbers and switches only.</summary>
    public static Dictionary<string, object> Overrides(IReadOnlyDictionary<string, JsonElement>? parameters) =>
        (parameters ?? new Dictionary<string, JsonElement>()).ToDictionary(
            p => p.Key,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when p.Value.TryGetDecimal(out var number) => (object)number,
                JsonValueKind.Number => throw new CaseInputException(CaseMessages.ParameterTooLarge(IsoDates.Echo(p.Key)), $"Parameters.{p.Key}"),
                _ => throw new CaseInputException(CaseMessages.ParameterNotANumberOrSwitch(IsoDates.Echo(p.Key)), $"Parameters.{p.Key}"),
            },
            StringComparer.Ordinal);


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

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
    /// Every problem found is reported, in one <see cref="CaseInputException"/> with a line each
    /// (<see cref="CaseInputException.Lines"/>), with <paramref name="found"/>, the words of the case that name nothing;
    /// returns the case's date.
    /// </summary>
    public static LocalDate Load(RuleCase rule, IReadOnlyList<Diagnostics.RuleDiagnostic>? found = null)
    {
        var problems = new InputProblems(rule.Source);
        problems.Report(found ?? []);
        var dated = IsoDates.TryParse(rule.Date, out var date);
        if (!dated)
        {
            problems.Report(CaseMessages.NotADate(IsoDates.Echo(rule.Date), IsoDates.FirstYear, IsoDates.LastYear), "Date");
        }

        if (rule.Person is not null && rule.Employer is not null)
        {
            problems.Report(CaseMessages.PersonAndEmployer(), "Employer");
        }

        if (rule.Person is null && rule.Employer is null)
        {
            problems.Report(CaseMessages.NeitherPersonNorEmployer(), null);
        }

        problems.Try(() => Overrides(rule.Parameters), out _);
        if (rule.Expected.Amount is < 0 and var amount)
        {
            problems.Report(CaseMessages.NegativeAmount(problems.Where("Expected.Amount"), amount), "Expected.Amount");
        }

        foreach (var (period, value) in rule.Expected.Amounts ?? new Dictionary<Model.BenefitPeriod, decimal>())
        {
            if (value < 0)
            {
                var field = $"Expected.Amounts.{period}";
                problems.Report(CaseMessages.NegativeAmount(problems.Where(field), value), field);
            }
        }

        if (rule.Person is { } input)
        {
            if (PersonInputMapper.Build(input, problems.For(input.Source)) is { } built && dated && date < built.Person.BirthDate)
            {
                problems.Report(CaseMessages.BeforeBirth(IsoDates.Echo(rule.Date)), "Date");
            }
        }
        else if (rule.Employer is { } employer)
        {
            PersonInputMapper.Build(employer, problems.For(employer.Source));
        }

        problems.ThrowIfAny(InputMessages.CaseFile);
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


    /// <summary>Throws a <see cref="CaseInputException"/> with every override, failed rule and output the version does not have, a line each.</summary>
    public static void Check(ProgramVersion version, LocalDate date, RuleCase rule)
    {
        var problems = new InputProblems(rule.Source);
        var parameters = version.Compiled.Parameters;
        var names = parameters.Names.Order(StringComparer.Ordinal).ToList();
        foreach (var (name, value) in rule.Parameters ?? new Dictionary<string, JsonElement>())
        {
            var field = $"Parameters.{name}";
            if (parameters.ValueOn(name, date) is not { } current)
            {
                problems.Report(CaseMessages.NoSuchParameter(version.Id, IsoDates.Echo(name), names), field);
                continue;
            }

            var isSwitch = current.Value is bool;
            if (isSwitch != value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                problems.Report(isSwitch ? CaseMessages.ParameterIsASwitch(IsoDates.Echo(name)) : CaseMessages.ParameterIsANumber(IsoDates.Echo(name), current.Value), field);
            }
        }

        var rules = version.Document.Eligibility.Rules.Select(r => r.RuleName).ToList();
        var failed = rule.Expected.FailedRules ?? [];
        for (var i = 0; i < failed.Count; i++)
        {
            if (!rules.Contains(failed[i], StringComparer.Ordinal))
            {
                var field = $"Expected.FailedRules[{i}]";
                problems.Report(CaseMessages.NoSuchRule(problems.Where(field), IsoDates.Echo(failed[i]), version.Id, rules), field);
            }
        }

        foreach (var (id, value) in rule.Expected.Outputs ?? new Dictionary<string, JsonElement>())
        {
            var field = $"Expected.Outputs.{id}";
            if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                problems.Report(CaseMessages.OutputNotOneValue(IsoDates.Echo(id)), field);
            }
            else if (!version.OutputNames.ContainsKey(id))
            {
                problems.Report(CaseMessages.NoSuchOutput(version.Id, IsoDates.Echo(id), [.. version.OutputNames.Keys]), field);
            }
        }

        problems.ThrowIfAny(InputMessages.CaseFile);
    }

}

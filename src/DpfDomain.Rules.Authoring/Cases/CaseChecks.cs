using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using NodaTime;

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
                throw new CaseInputException(
                    $"{version.Id} has no parameter \"{IsoDates.Echo(name)}\"; it has {List(names, ", ", "(none)")}.",
                    $"{version.Id} 没有参数“{IsoDates.Echo(name)}”；现有参数：{List(names, "、", "（无）")}。",
                    field) { Code = DiagnosticCode.UnknownName };
            }

            var isSwitch = current.Value is bool;
            if (isSwitch != value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                throw new CaseInputException(
                    isSwitch ? $"{IsoDates.Echo(name)} is a switch: write true or false." : $"{IsoDates.Echo(name)} takes a number, such as {current.Value}.",
                    isSwitch ? $"{IsoDates.Echo(name)} 是开关：请写 true 或 false。" : $"{IsoDates.Echo(name)} 取数值，例如 {current.Value}。",
                    field) { Code = DiagnosticCode.ParameterValueKind };
            }
        }

        var rules = version.Document.Eligibility.Rules.Select(r => r.RuleName).ToList();
        var failed = rule.Expected.FailedRules ?? [];
        for (var i = 0; i < failed.Count; i++)
        {
            if (!rules.Contains(failed[i], StringComparer.Ordinal))
            {
                throw new CaseInputException(
                    $"Expected.FailedRules[{i}] \"{IsoDates.Echo(failed[i])}\" is not a rule of {version.Id}; its rules are {List(rules, ", ", "(none)")}.",
                    $"Expected.FailedRules[{i}]“{IsoDates.Echo(failed[i])}”不是 {version.Id} 的规则；其规则有 {List(rules, "、", "（无）")}。",
                    $"Expected.FailedRules[{i}]") { Code = DiagnosticCode.UnknownName };
            }
        }

        foreach (var (id, value) in rule.Expected.Outputs ?? new Dictionary<string, JsonElement>())
        {
            var field = $"Expected.Outputs.{id}";
            if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                throw new CaseInputException(
                    $"The expected output {IsoDates.Echo(id)} should be text, a number or true/false: an output is one value.",
                    $"期望的输出项 {IsoDates.Echo(id)} 应为文本、数字或 true/false：输出项只有一个值。",
                    field) { Code = DiagnosticCode.WrongType };
            }

            if (!version.OutputNames.ContainsKey(id))
            {
                throw new CaseInputException(
                    $"{version.Id} has no output \"{IsoDates.Echo(id)}\"; it has {List(version.OutputNames.Keys, ", ", "(none)")}.",
                    $"{version.Id} 没有输出项“{IsoDates.Echo(id)}”；现有输出项：{List(version.OutputNames.Keys, "、", "（无）")}。",
                    field) { Code = DiagnosticCode.UnknownName };
            }
        }
    }

    private static string List(IEnumerable<string> names, string separator, string none) => names.Any() ? string.Join(separator, names) : none;
}

using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Compilation;

/// <summary>Compiles a checked rule set over the facts of its subject (a person or an employer).</summary>
internal static class RuleSetCompiler
{
    /// <summary>The compiled program, or <see langword="null"/> when the expressions have problems (reported into <paramref name="bag"/>).</summary>
    public static CompiledProgram? Compile(CheckedRuleSet ruleSet, DiagnosticBag bag) =>
        ruleSet.Document.Program.Subject == ProgramSubject.Employer
            ? new ProgramCompiler<EmployerFacts>("Employer", Timeline(ruleSet), bag, Meanings(ruleSet)).Compile(ruleSet.Document)
            : new ProgramCompiler<PersonFacts>("Person", Timeline(ruleSet), bag, Meanings(ruleSet)).Compile(ruleSet.Document);

    /// <summary>The meanings of the parameters that have one, for a parameter written in Chinese in an expression.</summary>
    private static IReadOnlyList<(string Name, string Chinese, string English)> Meanings(CheckedRuleSet ruleSet) =>
    [
        .. ruleSet.Document.Parameters
            .OfType<ParameterDefinition>()
            .Where(p => p.Description is not null && CanBeMemberName(p.Name))
            .Select(p => (p.Name, p.Description!.Chinese ?? string.Empty, p.Description.English ?? string.Empty)),
    ];

    /// <summary>
    /// The parameter timeline for compiling: checked values, or a placeholder for a parameter whose
    /// values have problems (already reported), so expressions using it still type-check. A name
    /// that is no identifier (reported) still serves as a did-you-mean; only a name that cannot be
    /// a member name at all (blank, control characters, half a surrogate pair, very long) is left out.
    /// </summary>
    private static ParameterTimeline Timeline(CheckedRuleSet ruleSet)
    {
        var parameters = ruleSet.Document.Parameters
            .OfType<ParameterDefinition>()
            .Where(p => CanBeMemberName(p.Name))
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p =>
            {
                var isSwitch = p.Unit == ParameterUnit.Switch;
                IReadOnlyList<(NodaTime.LocalDate, object, string)> values = ruleSet.ParameterValues.TryGetValue(p.Name, out var checkedValues) && checkedValues.Count > 0
                    ? checkedValues
                    : [(ruleSet.EffectiveFrom, isSwitch ? false : 0m, string.Empty)];
                return (p.Name, isSwitch, values);
            });
        return new ParameterTimeline([.. parameters]);
    }

    private static bool CanBeMemberName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 256 && !name.Any(c => char.IsControl(c) || char.IsSurrogate(c));
}

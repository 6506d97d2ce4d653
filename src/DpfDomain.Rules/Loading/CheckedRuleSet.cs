using System.Collections.Generic;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// What the loader returns for one file: the rule set (each part knowing its place in the file,
/// <see cref="LocatedDefinition.Source"/>), and what the checks
/// established — the effective period (default when it did not parse), the parameter values that
/// parsed, the header for the cross-file checks (when the program's id and first day could be read).
/// </summary>
internal sealed record CheckedRuleSet(
    RuleSetDocument Document,
    string Source,
    string ContentHash,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveUntil,
    IReadOnlyDictionary<string, List<(LocalDate From, object Value, string Reference)>> ParameterValues,
    ProgramHeader? Header);

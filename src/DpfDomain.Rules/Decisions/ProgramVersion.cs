using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Decisions;

/// <summary>One loaded and compiled version of a program (one rule-set file). Immutable and thread-safe.</summary>
public sealed class ProgramVersion
{
    internal ProgramVersion(RuleSetDocument document, string source, string contentHash, LocalDate effectiveFrom, LocalDate? effectiveUntil, CompiledProgram compiled)
    {
        Document = document;
        Source = source;
        ContentHash = contentHash;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Compiled = compiled;
        LegalReferences = [.. document.Program.LegalReferences];
        Quotas = document.Program.Quotas.ToImmutableDictionary(q => q.Year, q => q.Count);
        OutputNames = document.Outputs.ToImmutableDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The program id.</summary>
    public string Id => Document.Program.Id;

    /// <summary>Whom the program is evaluated for.</summary>
    public ProgramSubject Subject => Document.Program.Subject;

    /// <summary>The program name.</summary>
    public LocalizedText Name => Document.Program.Name;

    /// <summary>The rule set's version string.</summary>
    public string Version => Document.Program.Version;

    /// <summary>The legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; }

    /// <summary>What the program is for, if the rule set says.</summary>
    public LocalizedText? Description => Document.Program.Description;

    /// <summary>Where the money comes from, if the rule set says.</summary>
    public LocalizedText? FundingSource => Document.Program.FundingSource;

    /// <summary>The names of the rule set's outputs, by output id (an output may have no name).</summary>
    public IReadOnlyDictionary<string, LocalizedText?> OutputNames { get; }

    /// <summary>The yearly task numbers (任务数), by year.</summary>
    public IReadOnlyDictionary<int, int> Quotas { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day in force, or <see langword="null"/> while it continues.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The file (or resource) it was loaded from.</summary>
    public string Source { get; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex.</summary>
    public string ContentHash { get; }

    /// <summary>The names of the top-level rules, in file order: bit i of <see cref="ProgramResult.FailedRuleMask"/> stands for rule i.</summary>
    public IReadOnlyList<string> RuleNames => Compiled.RuleNames;

    /// <summary>The parsed file (internal: its lists are the deserialiser's, so it is not handed out).</summary>
    internal RuleSetDocument Document { get; }

    internal CompiledProgram Compiled { get; }

    /// <summary>Whether this version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> is within the effective period.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil);

    /// <summary>The value of a parameter in force on a date: the last dated value whose date is on or before it.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The value (<see cref="decimal"/>, or <see cref="bool"/> for a switch), or <see langword="null"/> when the parameter is unknown or has no value yet.</returns>
    public object? GetParameterValue(string name, LocalDate date) => Compiled.Parameters.ValueOn(name, date)?.Value;

    /// <summary>
    /// Every parameter of the rule set with the value in force on a date, in rule-set order: the
    /// values an evaluation on that date reads (a parameter with no value yet on that date is left out).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The parameters with their values, the dates the values hold from and their references.</returns>
    public IReadOnlyList<ParameterValue> ParametersOn(LocalDate date)
    {
        var values = new List<ParameterValue>(Document.Parameters.Count);
        foreach (var parameter in Document.Parameters)
        {
            if (Compiled.Parameters.ValueOn(parameter.Name, date) is { } inForce)
            {
                values.Add(new ParameterValue(parameter.Name, parameter.Description, parameter.Unit, inForce.Value, inForce.From, inForce.Reference));
            }
        }

        return values;
    }

    /// <summary>The quota (task number) for a year, if one is defined.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The quota, or <see langword="null"/>.</returns>
    public int? QuotaFor(int year) => Quotas.TryGetValue(year, out var count) ? count : null;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version} ({EffectiveFrom:uuuu-MM-dd}..{EffectiveUntil:uuuu-MM-dd})";
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Catalog;

/// <summary>
/// The compiled programs of a set of rule-set files. Built once by <see cref="Load"/>; immutable
/// and thread-safe, so one instance serves every evaluation of a process.
/// </summary>
public sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, ImmutableArray<ProgramVersion>> _versions;
    private readonly ImmutableArray<ProgramVersion>[] _personVersions;
    private readonly ImmutableArray<ProgramVersion>[] _employerVersions;
    private const int RecentDates = 8;
    private volatile InForce[] _personDates = [];
    private volatile InForce[] _employerDates = [];

    private RuleCatalog(IEnumerable<ProgramVersion> versions)
    {
        _versions = versions
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(v => v.EffectiveFrom).ToImmutableArray(), StringComparer.Ordinal);
        ProgramIds = [.. _versions.Keys.Order(StringComparer.Ordinal)];
        PersonProgramIds = [.. ProgramIds.Where(id => _versions[id][0].Subject == ProgramSubject.Person)];
        EmployerProgramIds = [.. ProgramIds.Where(id => _versions[id][0].Subject == ProgramSubject.Employer)];
        _personVersions = [.. PersonProgramIds.Select(id => _versions[id])];
        _employerVersions = [.. EmployerProgramIds.Select(id => _versions[id])];
        ContentHash = CatalogContentHash.Of(Versions.Select(v => (v.Source, v.ContentHash)));
    }

    /// <summary>The program ids, in ordinal order.</summary>
    public IReadOnlyList<string> ProgramIds { get; }

    /// <summary>
    /// The fingerprint of the files the catalog was loaded from (lower-case hex SHA-256 over each
    /// file's name and the SHA-256 of its bytes, in ordinal name order): equal for two catalogs
    /// loaded from the same files, different as soon as one byte or one name differs.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>Every loaded version, by program id then start date.</summary>
    public IEnumerable<ProgramVersion> Versions => ProgramIds.SelectMany(id => _versions[id]);

    /// <summary>Loads, checks and compiles rule sets.</summary>
    /// <param name="sources">The rule-set files.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    /// <exception cref="RuleSetLoadException">Any file has a problem; every problem of every file is listed.</exception>
    public static RuleCatalog Load(IEnumerable<RuleSetSource> sources) => TryLoad(sources).GetCatalogOrThrow();

    /// <summary>Loads, checks and compiles rule sets once, returning the catalog or every problem of every file, without throwing for problems in the files.</summary>
    /// <param name="sources">The rule-set files.</param>
    /// <returns>The catalog, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static RuleCatalogLoadResult TryLoad(IEnumerable<RuleSetSource> sources)
    {
        Guard.Against.Null(sources);
        var (versions, diagnostics) = RuleCatalogLoader.Load(sources);
        return diagnostics.Count > 0 ? RuleCatalogLoadResult.Failed(diagnostics) : RuleCatalogLoadResult.Loaded(new RuleCatalog(versions));
    }

    /// <summary>Checks rule sets without building a catalog.</summary>
    /// <param name="sources">The rule-set files.</param>
    /// <returns>Every problem of every file; empty when all are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static IReadOnlyList<RuleDiagnostic> Validate(IEnumerable<RuleSetSource> sources)
    {
        Guard.Against.Null(sources);
        return RuleCatalogLoader.Load(sources).Diagnostics;
    }

    /// <summary>The version of a program in force on a date.</summary>
    /// <param name="programId">The program id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The version whose effective period contains <paramref name="date"/>, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    public ProgramVersion? VersionInForce(string programId, LocalDate date)
    {
        Guard.Against.Null(programId);
        if (!_versions.TryGetValue(programId, out var versions))
        {
            throw UnknownProgram(programId);
        }

        foreach (var version in versions)
        {
            if (version.IsInForceOn(date))
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>Every version of a program, oldest first.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    public IReadOnlyList<ProgramVersion> VersionsOf(string programId)
    {
        Guard.Against.Null(programId);
        return _versions.TryGetValue(programId, out var versions)
            ? versions
            : throw UnknownProgram(programId);
    }

    /// <summary>Evaluates one program for a person's facts on a date.</summary>
    /// <param name="facts">The person's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date: picks the version in force and the parameter values.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="trace">Whether to record each rule's outcome and the facts it read.</param>
    /// <returns>The decision; never throws for a run-time failure of an expression (the outcome is then <see cref="DecisionOutcome.Error"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or <paramref name="programId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    /// <exception cref="ArgumentException">The program is evaluated for employers, not people.</exception>
    public ProgramDecision Evaluate(PersonFacts facts, LocalDate date, string programId, bool trace = false) =>
        EvaluateFor(facts, date, programId, trace, null);

    /// <summary>
    /// Evaluates one program with some parameter values replaced ("what if the county switched
    /// this extension on?"); the catalog itself is not changed.
    /// </summary>
    /// <param name="facts">The person's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="parameterOverrides">Parameter names and values: <see cref="bool"/> for a switch, a number otherwise.</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    /// <exception cref="ArgumentException">An override names no parameter or has the wrong kind of value.</exception>
    public ProgramDecision Evaluate(PersonFacts facts, LocalDate date, string programId, IReadOnlyDictionary<string, object> parameterOverrides, bool trace = false)
    {
        Guard.Against.Null(parameterOverrides);
        return EvaluateFor(facts, date, programId, trace, parameterOverrides);
    }

    /// <summary>Evaluates one employer program with some parameter values replaced.</summary>
    /// <param name="facts">The employer's facts.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="parameterOverrides">Parameter names and values.</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    /// <exception cref="ArgumentException">An override is invalid, or the program is for people.</exception>
    public ProgramDecision Evaluate(EmployerFacts facts, LocalDate date, string programId, IReadOnlyDictionary<string, object> parameterOverrides, bool trace = false)
    {
        Guard.Against.Null(parameterOverrides);
        return EvaluateFor(facts, date, programId, trace, parameterOverrides);
    }

    /// <summary>Evaluates one employer program (the employment security fund levy) for an employer's facts on a date.</summary>
    /// <param name="facts">The employer's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date: picks the version in force and the parameter values.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="trace">Whether to record each rule's outcome and the facts it read.</param>
    /// <returns>The decision: Eligible means an amount is due, with the amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or <paramref name="programId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    /// <exception cref="ArgumentException">The program is evaluated for people, not employers.</exception>
    public ProgramDecision Evaluate(EmployerFacts facts, LocalDate date, string programId, bool trace = false) =>
        EvaluateFor(facts, date, programId, trace, null);

    private ProgramDecision EvaluateFor<TFacts>(TFacts facts, LocalDate date, string programId, bool trace, IReadOnlyDictionary<string, object>? overrides)
        where TFacts : class
    {
        Guard.Against.Null(facts);
        var version = VersionInForce(programId, date);
        if (version is null)
        {
            return new ProgramDecision(programId, null, date, DecisionOutcome.NotInForce);
        }

        return version.Compiled is CompiledProgram<TFacts> compiled
            ? DecisionMaker.Evaluate(compiled, version, facts, date, trace, overrides)
            : throw new ArgumentException($"Program {programId} is evaluated for {version.Subject}, not with {typeof(TFacts).Name}.", nameof(facts));
    }

    /// <summary>Evaluates every person program of the catalog for a person's facts on a date.</summary>
    /// <param name="facts">The person's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>One decision per person program, in <see cref="PersonProgramIds"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public IReadOnlyList<ProgramDecision> EvaluateAll(PersonFacts facts, LocalDate date, bool trace = false)
    {
        Guard.Against.Null(facts);
        var decisions = new ProgramDecision[PersonProgramIds.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            decisions[i] = Evaluate(facts, date, PersonProgramIds[i], trace);
        }

        return decisions;
    }

    /// <summary>
    /// The batch path: evaluates every person program for a person's facts on a date and writes
    /// one result per program, in <see cref="PersonProgramIds"/> order, into storage the caller
    /// provides; allocates nothing unless a result is an error. The results carry the outcome,
    /// the amounts per period and the failed rules as a bit mask; the reasons, outputs and trace of
    /// one program are given by <see cref="Evaluate(PersonFacts, LocalDate, string, bool)"/>, which
    /// decides the same. Thread-safe.
    /// </summary>
    /// <param name="facts">The person's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="results">Where the results go; at least <see cref="PersonProgramIds"/>.Count long.</param>
    /// <returns>The number of results written: <see cref="PersonProgramIds"/>.Count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short.</exception>
    public int DecideAll(PersonFacts facts, LocalDate date, Span<ProgramResult> results) => Decide(_personVersions, facts, date, results);

    /// <summary>
    /// The batch path for employers: every employer program for an employer's facts on a date,
    /// one result per program in <see cref="EmployerProgramIds"/> order, written into
    /// <paramref name="results"/>; allocates nothing unless a result is an error. Thread-safe.
    /// </summary>
    /// <param name="facts">The employer's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="results">Where the results go; at least <see cref="EmployerProgramIds"/>.Count long.</param>
    /// <returns>The number of results written: <see cref="EmployerProgramIds"/>.Count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short.</exception>
    public int DecideAll(EmployerFacts facts, LocalDate date, Span<ProgramResult> results) => Decide(_employerVersions, facts, date, results);

    private int Decide<TFacts>(ImmutableArray<ProgramVersion>[] programs, TFacts facts, LocalDate date, Span<ProgramResult> results)
        where TFacts : class
    {
        Guard.Against.Null(facts);
        if (results.Length < programs.Length)
        {
            throw new ArgumentException($"The results need room for {programs.Length} program(s); {results.Length} given.", nameof(results));
        }

        // A batch decides everyone on one date: the versions in force and their parameter values
        // are looked up once per date, not once per person; the last few dates are kept, so that
        // runs on different dates side by side do not keep replacing each other's.
        var isPerson = ReferenceEquals(programs, _personVersions);
        var recent = isPerson ? _personDates : _employerDates;
        InForce? onDate = null;
        foreach (var candidate in recent)
        {
            if (candidate.Date == date)
            {
                onDate = candidate;
                break;
            }
        }

        if (onDate is null)
        {
            onDate = new InForce(programs, date);
            InForce[] kept = [onDate, .. recent.AsSpan(0, Math.Min(recent.Length, RecentDates - 1))];
            if (isPerson)
            {
                _personDates = kept;
            }
            else
            {
                _employerDates = kept;
            }
        }

        for (var i = 0; i < programs.Length; i++)
        {
            var version = onDate.Versions[i];
            results[i] = version is null
                ? new ProgramResult(programs[i][0].Id, null, DecisionOutcome.NotInForce)
                : DecisionMaker.Decide((CompiledProgram<TFacts>)version.Compiled, version, facts, date, onDate.Parameters[i]!);
        }

        return programs.Length;
    }

    /// <summary>The version in force of each program on one date, with its parameter values on that date. Immutable.</summary>
    private sealed class InForce
    {
        public InForce(ImmutableArray<ProgramVersion>[] programs, LocalDate date)
        {
            Date = date;
            Versions = new ProgramVersion?[programs.Length];
            Parameters = new object?[programs.Length];
            for (var i = 0; i < programs.Length; i++)
            {
                foreach (var version in programs[i])
                {
                    if (version.IsInForceOn(date))
                    {
                        Versions[i] = version;
                        Parameters[i] = version.Compiled.Parameters.ValuesOn(date);
                        break;
                    }
                }
            }
        }

        public LocalDate Date { get; }

        public ProgramVersion?[] Versions { get; }

        public object?[] Parameters { get; }
    }

    /// <summary>The ids of the programs evaluated for people (every program but the employer ones), in ordinal order.</summary>
    public IReadOnlyList<string> PersonProgramIds { get; }

    /// <summary>The ids of the programs evaluated for employers (the employment security fund levy, P9 in the reference catalog), in ordinal order.</summary>
    public IReadOnlyList<string> EmployerProgramIds { get; }

    /// <summary>Evaluates every employer program of the catalog for an employer's facts on a date.</summary>
    /// <param name="facts">The employer's facts on <paramref name="date"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>One decision per employer program, in <see cref="EmployerProgramIds"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public IReadOnlyList<ProgramDecision> EvaluateAll(EmployerFacts facts, LocalDate date, bool trace = false)
    {
        Guard.Against.Null(facts);
        return [.. EmployerProgramIds.Select(id => Evaluate(facts, date, id, trace))];
    }

    private KeyNotFoundException UnknownProgram(string programId) =>
        new($"The catalog has no program '{programId}'; it has {string.Join(", ", ProgramIds)}.");

    /// <inheritdoc />
    public override string ToString() => $"Rule catalog of {ProgramIds.Count} program(s): {string.Join(", ", ProgramIds)}";
}

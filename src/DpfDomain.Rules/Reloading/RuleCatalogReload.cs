using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Diagnostics;

namespace DpfDomain.Rules.Reloading;

/// <summary>The result of one reload: what happened, the revision in service afterwards and, for a refused edit, every problem. Immutable.</summary>
public sealed class RuleCatalogReload
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">What happened.</param>
    /// <param name="revision">The revision in service after the reload.</param>
    /// <param name="contentHash">The fingerprint of the files read.</param>
    /// <param name="diagnostics">The problems of a refused edit; none otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> or <paramref name="contentHash"/> is null.</exception>
    /// <exception cref="ArgumentException">A refusal has no problem, or another outcome has some.</exception>
    public RuleCatalogReload(RuleCatalogReloadOutcome outcome, RuleCatalogRevision revision, string contentHash, IEnumerable<RuleDiagnostic>? diagnostics = null)
    {
        Guard.Against.Null(revision);
        Guard.Against.Null(contentHash);
        ImmutableArray<RuleDiagnostic> problems = [.. diagnostics ?? []];
        if ((outcome == RuleCatalogReloadOutcome.Refused) == problems.IsEmpty)
        {
            throw new ArgumentException("A refused reload has at least one problem, and only a refused one has any.", nameof(diagnostics));
        }

        Outcome = outcome;
        Revision = revision;
        ContentHash = contentHash;
        Diagnostics = problems;
    }

    /// <summary>What happened.</summary>
    public RuleCatalogReloadOutcome Outcome { get; }

    /// <summary>The revision in service after the reload: the new one when <see cref="RuleCatalogReloadOutcome.Replaced"/>, the kept one otherwise.</summary>
    public RuleCatalogRevision Revision { get; }

    /// <summary>The fingerprint of the files read (for a refusal, of the refused files; compare with <see cref="RuleCatalogRevision.ContentHash"/>).</summary>
    public string ContentHash { get; }

    /// <summary>Every problem of a refused edit, with file, line, column and a fix in English and Chinese; empty otherwise.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Outcome}: revision {Revision.Number} in service{(Diagnostics.Count > 0 ? $", {Diagnostics.Count} problem(s)" : string.Empty)}");
}

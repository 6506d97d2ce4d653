using System;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// Hands out the rule catalog in service, for hosts whose rules may change while they run.
/// Implementations are thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// A provider that reloads replaces its catalog with a single reference swap: every read of
/// <see cref="Current"/> returns one whole, immutable catalog, never a mix of two versions, but
/// two reads may return two different catalogs. So read <see cref="Current"/> once per person (or
/// once per batch, when a batch's figures must add up) and evaluate everything through that one
/// reference; <c>EligibilityEvaluator.Snapshot</c> does this for an evaluator.
/// </para>
/// <para>
/// An edit is checked by the same strict loader as at start-up before it can replace anything:
/// an edit with problems is refused, reported (<see cref="Reloaded"/>, <see cref="LastRefusal"/>
/// and the log) and the last good catalog stays in service.
/// </para>
/// </remarks>
public interface IRuleCatalogProvider
{
    /// <summary>The catalog in service now (the catalog of <see cref="Revision"/>).</summary>
    RuleCatalog Current { get; }

    /// <summary>The catalog in service now with its revision number and content hash, read together.</summary>
    RuleCatalogRevision Revision { get; }

    /// <summary>
    /// The last refused edit while it is still what the files hold: its problems, positioned in
    /// the files; <see langword="null"/> when the files hold the catalog in service.
    /// </summary>
    RuleCatalogReload? LastRefusal { get; }

    /// <summary>
    /// Raised after each reload that found changed files: the catalog was replaced, or the edit
    /// was refused. Raised on the thread that reloaded, one reload at a time, in order; keep
    /// handlers short. An exception thrown by a handler is logged and does not stop the others.
    /// </summary>
    event EventHandler<RuleCatalogReload>? Reloaded;

    /// <summary>
    /// Reads the rule sets now and puts them in service if they changed and load without a
    /// problem. For hosts without file events, or to reload on request. Never throws for a bad edit.
    /// </summary>
    /// <returns>What happened: replaced, unchanged, or refused with the problems.</returns>
    /// <exception cref="ObjectDisposedException">The provider is disposed.</exception>
    RuleCatalogReload Reload();
}

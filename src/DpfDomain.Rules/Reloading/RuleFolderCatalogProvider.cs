using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// The catalog of one or more rules folders, put in service again after each valid edit without
/// restarting the host. Thread-safe; dispose it to stop watching.
/// </summary>
/// <remarks>
/// <para>
/// At creation every <c>*.ruleset.json</c> file of the folders (and subfolders) is loaded; any
/// problem throws a <see cref="RuleSetLoadException"/>, so a host does not start on broken rules.
/// Afterwards, file events (or <see cref="Reload"/>, or polling) make the provider read the files
/// again once they have been quiet for <see cref="RuleFolderOptions.Debounce"/>. Unchanged files
/// (same names and bytes as the catalog in service) compile nothing. Changed files are loaded by
/// the strict loader; with any problem the edit is refused — logged with file names, codes and
/// positions, raised through <see cref="Reloaded"/>, kept in <see cref="LastRefusal"/> — and the
/// last good catalog stays in service. Without problems the new catalog replaces the old one by
/// a single reference swap. An edit that would take a program out of service is refused too,
/// unless <see cref="RuleFolderOptions.AllowProgramRemoval"/> is set.
/// </para>
/// <para>
/// A replaced catalog is not disposed: it stays usable by whoever still holds it and is
/// collected with its compiled code once nothing does.
/// </para>
/// </remarks>
public sealed class RuleFolderCatalogProvider : IRuleCatalogProvider, IDisposable
{
    private readonly object _gate = new();
    private readonly ImmutableArray<string> _folders;
    private readonly ImmutableArray<RuleSetSource> _otherSources;
    private readonly RuleFolderOptions _options;
    private readonly ILogger _logger;
    private readonly RuleFolderWatcher _watcher;
    private volatile RuleCatalogRevision _revision = null!;
    private volatile RuleCatalogReload? _lastRefusal;
    private volatile bool _disposed;

    /// <summary>Loads the rule sets of a folder and watches it.</summary>
    /// <param name="folder">The rules folder.</param>
    /// <param name="options">How edits are noticed and applied; defaults when null.</param>
    /// <param name="logger">Where reloads and refused edits are logged; nowhere when null.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty, or the options are invalid.</exception>
    /// <exception cref="RuleSetLoadException">The folder cannot be read, holds no rule set, or a rule set has problems; every problem is listed.</exception>
    public RuleFolderCatalogProvider(string folder, RuleFolderOptions? options = null, ILogger? logger = null)
        : this([folder], [], options, logger)
    {
    }

    /// <summary>Loads the rule sets of several folders plus other sources (read again at each reload) and watches the folders.</summary>
    /// <param name="folders">The rules folders; at least one.</param>
    /// <param name="otherSources">Other rule sets loaded with them, such as embedded resources; may be empty.</param>
    /// <param name="options">How edits are noticed and applied; defaults when null.</param>
    /// <param name="logger">Where reloads and refused edits are logged; nowhere when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="folders"/> or <paramref name="otherSources"/> is null.</exception>
    /// <exception cref="ArgumentException">No folder is given, a folder is empty text, or the options are invalid.</exception>
    /// <exception cref="RuleSetLoadException">A folder cannot be read or holds no rule set, or a rule set has problems; every problem is listed.</exception>
    public RuleFolderCatalogProvider(IEnumerable<string> folders, IEnumerable<RuleSetSource> otherSources, RuleFolderOptions? options = null, ILogger? logger = null)
        : this(folders, otherSources, options, logger, loaded: null)
    {
    }

    /// <summary>Creates the provider; with <paramref name="loaded"/> (loaded by <see cref="LoadFirst"/> earlier) the files are only compared with it.</summary>
    internal RuleFolderCatalogProvider(IEnumerable<string> folders, IEnumerable<RuleSetSource> otherSources, RuleFolderOptions? options, ILogger? logger, RuleCatalog? loaded)
    {
        Guard.Against.Null(folders);
        Guard.Against.Null(otherSources);
        _folders = [.. folders];
        _otherSources = [.. otherSources];
        if (_folders.IsEmpty || _folders.Any(string.IsNullOrWhiteSpace) || _otherSources.Any(s => s is null))
        {
            throw new ArgumentException("Give at least one rules folder, and no empty folder name or null source.", nameof(folders));
        }

        _options = (options ?? new RuleFolderOptions()).Copy();
        if (_options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _logger = logger ?? NullLogger.Instance;
        lock (_gate)
        {
            // Watching starts before the files are read, so that no edit slips in between.
            _watcher = new RuleFolderWatcher(_folders, _options, OnQuiet, _logger);
            try
            {
                var catalog = loaded ?? LoadFirst(_folders, _otherSources);
                _revision = new RuleCatalogRevision(catalog, 1);
                ReloadLog.InService(_logger, 1, catalog.ProgramIds.Count, catalog.Versions.Count(), catalog.ContentHash);
            }
            catch
            {
                Stop();
                throw;
            }
        }

        if (loaded is not null)
        {
            Reload();
        }
    }

    /// <inheritdoc />
    public RuleCatalog Current => _revision.Catalog;

    /// <inheritdoc />
    public RuleCatalogRevision Revision => _revision;

    /// <inheritdoc />
    public RuleCatalogReload? LastRefusal => _lastRefusal;

    /// <summary>The rules folders read.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>Whether file events are being watched (false once disposed, or with <see cref="RuleFolderOptions.WatchFileSystem"/> off).</summary>
    internal bool IsWatching => !_disposed && _watcher.IsWatching;

    /// <inheritdoc />
    public event EventHandler<RuleCatalogReload>? Reloaded;

    /// <inheritdoc />
    public RuleCatalogReload Reload()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = ReloadLocked(out var isNews);
            if (isNews)
            {
                Raise(result);
            }

            return result;
        }
    }

    /// <summary>Stops watching and polling; <see cref="Current"/> stays readable. Waits for a reload under way to finish.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            Stop();
        }
    }

    /// <summary>Loads the files of the folders and the other sources for the first time.</summary>
    /// <exception cref="RuleSetLoadException">Any problem; every problem is listed.</exception>
    internal static RuleCatalog LoadFirst(IReadOnlyList<string> folders, IReadOnlyList<RuleSetSource> otherSources)
    {
        var snapshot = RuleFolderSnapshot.Read(folders, otherSources);
        var (catalog, problems) = LoadChecked(snapshot);
        return problems.Count > 0 ? throw new RuleSetLoadException(problems) : catalog!;
    }

    /// <summary>What a file event does: (re)starts the quiet period, after which the folders are read.</summary>
    internal void OnFileEvent() => _watcher.Notify();

    private static (RuleCatalog? Catalog, List<RuleDiagnostic> Problems) LoadChecked(RuleFolderSnapshot snapshot)
    {
        var problems = new List<RuleDiagnostic>(snapshot.Problems);
        try
        {
            return (RuleCatalog.Load(snapshot.Sources), problems);
        }
        catch (RuleSetLoadException exception)
        {
            problems.AddRange(exception.Diagnostics);
            return (null, problems);
        }
    }

    private RuleCatalogReload ReloadLocked(out bool isNews)
    {
        isNews = false;
        var current = _revision;
        var snapshot = RuleFolderSnapshot.Read(_folders, _otherSources);
        if (snapshot.ContentHash == current.ContentHash)
        {
            _lastRefusal = null;
            return new RuleCatalogReload(RuleCatalogReloadOutcome.Unchanged, current, snapshot.ContentHash);
        }

        if (_lastRefusal is { } last && last.ContentHash == snapshot.ContentHash)
        {
            return last;
        }

        isNews = true;
        var (next, problems) = LoadChecked(snapshot);
        if (next is not null && !_options.AllowProgramRemoval)
        {
            problems.AddRange(current.Catalog.ProgramIds.Except(next.ProgramIds, StringComparer.Ordinal)
                .Select(id => ReloadDiagnostics.ProgramRemoved(current.Catalog.VersionsOf(id)[^1].Source, id)));
        }

        if (problems.Count > 0)
        {
            var refusal = new RuleCatalogReload(RuleCatalogReloadOutcome.Refused, current, snapshot.ContentHash, problems);
            _lastRefusal = refusal;
            LogRefusal(refusal);
            return refusal;
        }

        // The swap: readers see the old catalog or the new one, whole.
        var revision = new RuleCatalogRevision(next!, current.Number + 1);
        _revision = revision;
        _lastRefusal = null;
        ReloadLog.InService(_logger, revision.Number, next!.ProgramIds.Count, next.Versions.Count(), revision.ContentHash);
        return new RuleCatalogReload(RuleCatalogReloadOutcome.Replaced, revision, revision.ContentHash);
    }

    private void LogRefusal(RuleCatalogReload refusal)
    {
        ReloadLog.Refused(_logger, refusal.Diagnostics.Count, refusal.Revision.Number);
        foreach (var problem in refusal.Diagnostics.Take(ReloadLog.ProblemsLogged))
        {
            ReloadLog.Problem(_logger, problem.File, problem.Line, problem.Column, (int)problem.Code, problem.Code.ToString());
        }

        if (refusal.Diagnostics.Count > ReloadLog.ProblemsLogged)
        {
            ReloadLog.MoreProblems(_logger, refusal.Diagnostics.Count - ReloadLog.ProblemsLogged);
        }
    }

    private void Raise(RuleCatalogReload result)
    {
        foreach (var handler in Reloaded?.GetInvocationList() ?? [])
        {
            try
            {
                ((EventHandler<RuleCatalogReload>)handler)(this, result);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                ReloadLog.HandlerFailed(_logger, exception);
            }
        }
    }

    private void OnQuiet()
    {
        try
        {
            Reload();
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Disposed while the timer fired.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            ReloadLog.ReloadFailed(_logger, exception);
        }
    }

    private void Stop()
    {
        _disposed = true;
        _watcher.Dispose();
    }
}

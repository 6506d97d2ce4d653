using System;
using System.Collections.Generic;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// How a <see cref="RuleFolderCatalogProvider"/> notices and applies edits. Mutable while being
/// configured; the provider copies the values when it is created.
/// </summary>
public sealed class RuleFolderOptions
{
    /// <summary>The shortest quiet period (100 ms).</summary>
    public static readonly TimeSpan MinimumDebounce = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest quiet period (1 minute).</summary>
    public static readonly TimeSpan MaximumDebounce = TimeSpan.FromMinutes(1);

    /// <summary>The shortest polling interval (1 second).</summary>
    public static readonly TimeSpan MinimumPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether to watch the folders for file events (create, change, delete, rename) and reload
    /// once they have been quiet for <see cref="Debounce"/>. On by default; off for hosts that
    /// call <see cref="IRuleCatalogProvider.Reload"/> themselves.
    /// </summary>
    public bool WatchFileSystem { get; set; } = true;

    /// <summary>
    /// How long the folders must be quiet after a file event before they are read, so that an
    /// editor's save (often several events: a temporary file written, then renamed over the old
    /// one) or a copy of many files gives one reload. 500 ms by default; 100 ms to 1 minute.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Also read the folders this often, whatever the file events say (for network shares that
    /// send none, or a folder deleted and created again); off (<see langword="null"/>) by default,
    /// at least 1 second. Reading unchanged files compiles nothing.
    /// </summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>
    /// Whether an edit may take a program out of service by deleting the last file that defines
    /// it. Off by default: such an edit is refused (DPF132), since a file briefly missing while it
    /// is copied or saved would otherwise stop a program; end a program with <c>EffectiveUntil</c>
    /// instead, or restart the host.
    /// </summary>
    public bool AllowProgramRemoval { get; set; }

    /// <summary>The clock of the debounce and polling timers; <see cref="TimeProvider.System"/> unless a test replaces it.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Every problem of these options, as full sentences in English and Chinese; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Debounce < MinimumDebounce || Debounce > MaximumDebounce)
        {
            problems.Add(ConfigurationMessages.Debounce(Debounce.TotalMilliseconds));
        }

        if (PollInterval is { } poll && poll < MinimumPollInterval)
        {
            problems.Add(ConfigurationMessages.PollInterval(poll.TotalMilliseconds));
        }

        if (TimeProvider is null)
        {
            problems.Add(ConfigurationMessages.NoTimeProvider());
        }

        return problems;
    }

    /// <summary>A copy, so that later changes to these options do not reach a provider already created.</summary>
    internal RuleFolderOptions Copy() => new()
    {
        WatchFileSystem = WatchFileSystem,
        Debounce = Debounce,
        PollInterval = PollInterval,
        AllowProgramRemoval = AllowProgramRemoval,
        TimeProvider = TimeProvider,
    };
}

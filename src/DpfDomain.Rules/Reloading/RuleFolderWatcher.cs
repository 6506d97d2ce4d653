using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// Turns the file events of some folders into one call of a callback once they have been quiet
/// for the debounce time (a burst of events, such as an editor's save through a temporary file
/// and a rename, gives one call), plus one call per polling interval if polling is on.
/// Thread-safe; calls may come on any thread, and after disposal none starts.
/// </summary>
internal sealed class RuleFolderWatcher : IDisposable
{
    /// <summary>The file-event buffer of each folder (the default is 8 KB): room for a burst such as a copy of many files.</summary>
    private const int EventBufferBytes = 64 * 1024;

    private readonly TimeSpan _debounce;
    private readonly Action _onQuiet;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _quiet;
    private readonly ITimer? _poll;
    private volatile bool _disposed;

    public RuleFolderWatcher(IReadOnlyList<string> folders, RuleFolderOptions options, Action onQuiet, ILogger logger)
    {
        _debounce = options.Debounce;
        _onQuiet = onQuiet;
        _quiet = options.TimeProvider.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _poll = options.PollInterval is { } poll ? options.TimeProvider.CreateTimer(_ => Fire(), null, poll, poll) : null;
        if (!options.WatchFileSystem)
        {
            return;
        }

        try
        {
            // A folder that does not exist is reported by the load; polling may find it later.
            foreach (var folder in folders.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                    InternalBufferSize = EventBufferBytes,
                };
                _watchers.Add(watcher);
                watcher.Changed += (_, _) => Notify();
                watcher.Created += (_, _) => Notify();
                watcher.Deleted += (_, _) => Notify();
                watcher.Renamed += (_, _) => Notify();
                watcher.Error += (_, e) =>
                {
                    ReloadLog.EventsLost(logger, folder, e.GetException());
                    Notify();
                };
                watcher.EnableRaisingEvents = true;
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Whether file events are being watched.</summary>
    public bool IsWatching => !_disposed && _watchers.Count > 0 && _watchers.TrueForAll(w => w.EnableRaisingEvents);

    /// <summary>A file event: (re)starts the quiet period.</summary>
    public void Notify()
    {
        try
        {
            _quiet.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed: nothing more to watch.
        }
    }

    /// <summary>Stops the file events and timers.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _quiet.Dispose();
        _poll?.Dispose();
    }

    private void Fire()
    {
        if (!_disposed)
        {
            _onQuiet();
        }
    }
}

using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>
/// The watcher under the provider: each kind of file event, in the folder and below it, leads to
/// a read; timers are released on disposal and when creation fails; a reload that fails
/// unexpectedly in a timer is logged, never thrown on the timer's thread.
/// </summary>
public sealed class RuleFolderWatcherTests : IDisposable
{
    private readonly RuleFolder _folder = new("P1");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> EventKinds => ["written in place", "deleted", "renamed", "created in a subfolder"];

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void EachKindOfFileEvent_LeadsToARead(string kind)
    {
        var subfolder = Directory.CreateDirectory(Path.Combine(_folder.Path, "county")).FullName;
        var reads = 0;
        using var watcher = new RuleFolderWatcher([_folder.Path], new RuleFolderOptions { Debounce = RuleFolderOptions.MinimumDebounce }, () => Interlocked.Increment(ref reads), NullLogger.Instance);
        Assert.True(watcher.IsWatching);

        switch (kind)
        {
            case "written in place":
                using (var file = new FileStream(_folder.FileOf("P1"), FileMode.Open, FileAccess.Write))
                {
                    file.Seek(0, SeekOrigin.End);
                    file.WriteByte((byte)'\n');
                }

                break;
            case "deleted":
                File.Delete(_folder.FileOf("P1"));
                break;
            case "renamed":
                File.Move(_folder.FileOf("P1"), _folder.FileOf("P1") + ".old");
                break;
            default:
                File.Create(Path.Combine(subfolder, "P2.ruleset.json")).Dispose();
                break;
        }

        Assert.True(Eventually.WaitUntil(() => Volatile.Read(ref reads) > 0), $"No read within 10 seconds after a file was {kind}.");
    }

    [Fact]
    public void Watcher_IsWatchingUntilDisposed_AndNotWithoutAFolderToWatch()
    {
        var watcher = new RuleFolderWatcher([_folder.Path], new RuleFolderOptions(), () => { }, NullLogger.Instance);
        using var missing = new RuleFolderWatcher([Path.Combine(_folder.Path, "missing")], new RuleFolderOptions(), () => { }, NullLogger.Instance);
        using var off = new RuleFolderWatcher([_folder.Path], new RuleFolderOptions { WatchFileSystem = false }, () => { }, NullLogger.Instance);

        Assert.True(watcher.IsWatching);
        watcher.Dispose();
        Assert.False(watcher.IsWatching);
        Assert.False(missing.IsWatching);
        Assert.False(off.IsWatching);
    }

    [Fact]
    public void Dispose_ReleasesTheDebounceAndPollingTimers()
    {
        var clock = new ManualTimeProvider();
        var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { PollInterval = TimeSpan.FromMinutes(1), TimeProvider = clock });

        Assert.Equal(2, clock.ActiveTimers);
        provider.Dispose();
        Assert.Equal(0, clock.ActiveTimers);
    }

    [Fact]
    public void Create_Failing_ReleasesItsTimers()
    {
        var clock = new ManualTimeProvider();
        _folder.WriteText("P1", "{");

        Assert.Throws<RuleSetLoadException>(() => new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { PollInterval = TimeSpan.FromMinutes(1), TimeProvider = clock }));

        Assert.Equal(0, clock.ActiveTimers);
    }

    [Fact]
    public void Create_AnOtherSourceThatCannotBeRead_IsAProblemNamingIt()
    {
        var unreadable = RuleSetSource.FromStream("county.ruleset.json", () => throw new IOException("The network share is gone."));

        var exception = Assert.Throws<RuleSetLoadException>(() => new RuleFolderCatalogProvider([_folder.Path], [unreadable], new RuleFolderOptions { WatchFileSystem = false }));

        var problem = Assert.Single(exception.Diagnostics);
        Assert.Equal(("county.ruleset.json", DiagnosticCode.Unreadable), (problem.File, problem.Code));
        Assert.Contains("The network share is gone.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReloadFailingUnexpectedlyOnATimer_IsLogged_NotThrownOnTheTimersThread()
    {
        var clock = new ManualTimeProvider();
        var log = new FailingInServiceLogger();
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromMinutes(1), TimeProvider = clock }, log);
        log.Fail = true;
        _folder.Write("P1", 1300m);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Text.Contains("failed unexpectedly", StringComparison.Ordinal) && e.Text.Contains("log store unavailable", StringComparison.Ordinal));
    }

    /// <summary>A logger whose "in service" entry throws once <see cref="Fail"/> is set, as a broken log store would.</summary>
    private sealed class FailingInServiceLogger : ILogger
    {
        private readonly CapturingLogger<RuleFolderCatalogProvider> _inner = new();

        public volatile bool Fail;

        public IReadOnlyList<(LogLevel Level, string Text)> Entries => _inner.Entries;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (Fail && eventId.Id == 1)
            {
                throw new InvalidOperationException("log store unavailable");
            }

            _inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}

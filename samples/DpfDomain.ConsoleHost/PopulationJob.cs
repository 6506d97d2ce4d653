using System.Globalization;
using DpfDomain.Population.Files;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Evaluation;
using Microsoft.Extensions.Logging;
using NodaTime;
using Spectre.Console;

namespace DpfDomain.ConsoleHost;

/// <summary>The county's job: the roll and its lists through every program on a date, with the report, decision files, change lists and workbook.</summary>
internal sealed class PopulationJob(IEligibilityEvaluator evaluator, HostSettings settings, IAnsiConsole console, ILogger<PopulationJob> logger)
{
    /// <summary>The change list's sheet in summary.xlsx stops here; changes.csv has every change.</summary>
    private const int MaximumChangesInWorkbook = 20_000;

    public async Task<int> RunAsync(string rollPath, IReadOnlyList<string> listPaths, LocalDate date, string? previous, string outputFolder, CancellationToken cancellationToken)
    {
        if (PseudonymKeyFile.Load(settings.PseudonymKeyFile, mayCreate: previous is null, console, logger) is not { } keys)
        {
            return 1;
        }

        if (await ReadPreviousAsync(previous, keys, cancellationToken) is not { } previousDecisions)
        {
            return 1;
        }

        using var output = new OutputFolder(outputFolder);

        listPaths = [.. listPaths.Where(l => !string.Equals(Path.GetFullPath(l), Path.GetFullPath(rollPath), StringComparison.Ordinal))];
        await using var rejectedFile = output.Create("rejected.csv");
        await using var rejected = TableFile.OpenCsv(rejectedFile, ["文件", "行号", "列", "代码", "原因", "Reason"]);
        var options = new RollReadOptions(DpfDomain.Identity.DivisionCode.Parse(settings.County), date)
        {
            OnProblem = p => rejected.WriteRow([p.File, p.Row, p.Column, p.Code.ToString(), p.ReasonZh, p.Reason]),
        };
        var reader = new RollReader(RollSource.FromFile(rollPath), listPaths.Select(RollSource.FromFile), options);
        var summary = new PopulationSummaryBuilder(date, reader.Report);
        await using var changesFile = output.Create("changes.csv");
        await using var changesCsv = TableFile.OpenCsv(changesFile, ChangeListFile.Header);
        var firstChanges = new List<DecisionChange>();
        var changes = new ChangeListBuilder(previousDecisions, keys, includeFullIdNumbers: settings.IncludeFullIdNumbers, onChange: change =>
        {
            changesCsv.WriteRow(ChangeListFile.Row(change));
            if (firstChanges.Count < MaximumChangesInWorkbook)
            {
                firstChanges.Add(change);
            }
        });
        var files = settings.DecisionFiles.ToUpperInvariant();
        await using var csv = files is "CSV" or "BOTH" ? output.Create("decisions.csv") : null;
        await using var jsonLines = files is "JSONL" or "BOTH" ? output.Create("decisions.jsonl") : null;
        var decisions = new DecisionWriter(csv, jsonLines, keys, settings.IncludeFullIdNumbers);
        var run = new PopulationRun(evaluator, new PopulationRunOptions { MaxDegreeOfParallelism = settings.Parallelism > 0 ? settings.Parallelism : Environment.ProcessorCount });
        logger.Evaluating(Path.GetFileName(rollPath), listPaths.Count, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        PopulationRunResult result;
        try
        {
            IPopulationSink[] sinks = [summary, .. settings.ChangeList ? new IPopulationSink[] { changes } : [], .. csv is null && jsonLines is null ? Array.Empty<IPopulationSink>() : [decisions]];
            result = await WithProgressAsync(progress => run.RunAsync(reader.ReadAsync(cancellationToken), date, sinks, progress, cancellationToken));
        }
        catch (TabularFileException exception)
        {
            console.MarkupLine($"[red]{Markup.Escape(exception.MessageZh)}[/]");
            console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
            logger.Unreadable(exception.Row > 0 ? $"{exception.File}:{exception.Row}" : exception.File);
            return 1;
        }
        finally
        {
            await decisions.DisposeAsync();
        }

        var built = summary.Build();
        await WriteReportsAsync(output, built, firstChanges, cancellationToken);
        await rejected.DisposeAsync();
        await changesCsv.DisposeAsync();
        await rejectedFile.DisposeAsync();
        await changesFile.DisposeAsync();
        if (csv is not null)
        {
            await csv.DisposeAsync();
        }

        if (jsonLines is not null)
        {
            await jsonLines.DisposeAsync();
        }

        output.Commit();
        logger.Done(result.People, result.Households, result.Decisions, result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), result.PeoplePerSecond.ToString("N0", CultureInfo.InvariantCulture), reader.Report.PeopleRejected + reader.Report.ListRowsRejected, PeakMegabytes());
        ConsoleReport.Show(console, built, changes.Counts, previous is not null, outputFolder);
        return 0;
    }

    /// <summary>The process's peak resident memory so far (the high-water mark the system keeps), in MB.</summary>
    private static long PeakMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }

    private static async Task WriteReportsAsync(OutputFolder output, PopulationSummary summary, IReadOnlyList<DecisionChange> changes, CancellationToken cancellationToken)
    {
        await using (var json = output.Create("summary.json"))
        {
            await SummaryReport.WriteJsonAsync(json, summary, cancellationToken);
        }

        await using (var text = new StreamWriter(output.Create("report.txt")))
        {
            SummaryReport.WriteText(text, summary);
        }

        var changeSheet = new TableSheet("变动名单", ChangeListFile.Header, ChangeListFile.Rows(changes));
        await using var workbook = output.Create("summary.xlsx");
        await SummaryReport.WriteWorkbookAsync(workbook, summary, [changeSheet], cancellationToken);
    }

    private async Task<PreviousDecisions?> ReadPreviousAsync(string? previous, DpfDomain.Population.Outputs.PersonKeys keys, CancellationToken cancellationToken)
    {
        if (previous is null)
        {
            return PreviousDecisions.None;
        }

        var file = Directory.Exists(previous) ? Path.Combine(previous, "decisions.jsonl") : previous;
        if (!File.Exists(file))
        {
            console.MarkupLine($"[red]{Markup.Escape($"上月结果 {file} 不存在：--previous 应指向上次运行的输出文件夹（其中有 decisions.jsonl），或该文件本身。")}[/]");
            console.MarkupLine($"[red]{Markup.Escape($"The previous run's {file} does not exist: --previous takes the previous run's output folder (holding decisions.jsonl) or that file.")}[/]");
            return null;
        }

        PreviousDecisions decisions;
        try
        {
            decisions = await PreviousDecisions.ReadFileAsync(file, cancellationToken);
        }
        catch (TabularFileException exception)
        {
            console.MarkupLine($"[red]{Markup.Escape(exception.MessageZh)}[/]");
            console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
            return null;
        }

        logger.Previous(decisions.Eligible.Count, Path.GetFileName(file), (int)Math.Min(int.MaxValue, decisions.UnreadableLines));
        var refusal = decisions.KeyFingerprint is null || decisions.Records == 0
            ? ($"{file} 不是一次成功运行写出的判定结果文件（没有文件头或没有判定记录），不能用来出变动名单。", $"{file} is not a decision file written by a completed run (no header line or no decision records); it cannot be used for a change list.")
            : decisions.KeyFingerprint != keys.Fingerprint
                ? ($"{file} 是用另一个人员标识密钥写出的；请用 --key-file 指定那次运行的密钥，否则所有人都会同时显示为新增和停发。", $"{file} was written with another pseudonym key; give that run's key with --key-file, or everyone would show as both new and stopped.")
                : decisions.UnreadableLines > decisions.Records
                    ? ($"{file} 中读不了的行比判定记录还多（{decisions.UnreadableLines} 行），文件可能已损坏。", $"{file} has more unreadable lines ({decisions.UnreadableLines}) than decision records; it looks damaged.")
                    : ((string, string)?)null;
        if (refusal is { } reason)
        {
            console.MarkupLine($"[red]{Markup.Escape(reason.Item1)}[/]");
            console.MarkupLine($"[red]{Markup.Escape(reason.Item2)}[/]");
            return null;
        }

        return decisions;
    }

    private async Task<PopulationRunResult> WithProgressAsync(Func<IProgress<RunProgress>, Task<PopulationRunResult>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            var last = TimeSpan.Zero;
            return await run(new Progress<RunProgress>(p =>
            {
                if (p.Elapsed - last >= TimeSpan.FromSeconds(2))
                {
                    last = p.Elapsed;
                    logger.Progress(p.ToString());
                }
            }));
        }

        PopulationRunResult? result = null;
        await console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("读取并评估 / reading and evaluating");
                task.IsIndeterminate = true;
                result = await run(new Progress<RunProgress>(p => task.Description = Markup.Escape($"读取并评估 / evaluating: {p}")));
                task.StopTask();
            });
        return result!;
    }
}

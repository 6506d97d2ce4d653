using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DpfDomain.Identity;
using DpfDomain.Population.Files;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Model;
using DpfDomain.Tool.Messages;
using NodaTime;

namespace DpfDomain.Tool;

/// <summary><c>dpf impact</c>: the county roll through the catalogs before and after an edit, on one date, and who changes.</summary>
internal sealed partial class Commands
{
    /// <summary>The people listed on the console per program; the workbook has them all (up to <see cref="MaximumChangesInWorkbook"/>).</summary>
    private const int MaximumChangesOnConsole = 20;

    /// <summary>The rows of the workbook's change sheet (Excel holds 1,048,576 rows a sheet).</summary>
    private const int MaximumChangesInWorkbook = 1_000_000;

    public Command Impact()
    {
        var (before, after) = FolderPair();
        var roll = new Option<string>("--roll") { Description = t.Say(HelpTexts.RollOption), Required = true };
        var status = new Option<string[]>("--status") { Description = t.Say(HelpTexts.StatusOption), AllowMultipleArgumentsPerToken = true };
        var date = new Option<string?>("--date") { Description = t.Say(HelpTexts.ImpactDateOption) };
        var file = new Option<string?>("--output") { Description = t.Say(HelpTexts.OutputOption) };
        var command = new Command("impact", t.Say(HelpTexts.Impact))
        {
            before,
            after,
            roll,
            status,
            date,
            file,
        };
        command.SetAction(parse =>
        {
            var workbook = parse.GetValue(file);
            if (workbook is not null && !workbook.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine(t.Say(ImpactWords.NotAWorkbook(workbook)));
                return 2;
            }

            if (County(parse, t) is not { } code || Date(parse.GetValue(date), t) is not { } day)
            {
                return 2;
            }

            var (oldFolder, newFolder) = (parse.GetValue(before)!, parse.GetValue(after)!);
            if (!System.IO.Directory.Exists(oldFolder) || !System.IO.Directory.Exists(newFolder))
            {
                TryFindRuleSets(System.IO.Directory.Exists(oldFolder) ? newFolder : oldFolder, t, out _);
                return 2;
            }

            if (TwoCatalogs(oldFolder, newFolder) is not var (old, now))
            {
                return 1;
            }

            var rollFile = parse.GetValue(roll)!;
            var lists = parse.GetValue(status) ?? [];
            return RunImpactAsync(new ImpactRequest(old, now, code, day, rollFile, lists, oldFolder, newFolder, workbook)).GetAwaiter().GetResult();
        });
        return command;
    }

    private async Task<int> RunImpactAsync(ImpactRequest request)
    {
        // Two runs of the same roll, one per catalog, by the same runner; the first keeps each
        // person's decisions by row, the second compares. Each run also feeds its own summary.
        var oldDecisions = new OldDecisions(request.Old.PersonProgramIds);
        var comparer = new ImpactComparer(oldDecisions, request.New.PersonProgramIds, MaximumChangesInWorkbook);
        PopulationSummary oldSummary, newSummary;
        RollReadReport report;
        long evaluated;
        try
        {
            (oldSummary, _, _) = await RunAsync(request, request.Old, oldDecisions).ConfigureAwait(false);
            (newSummary, report, evaluated) = await RunAsync(request, request.New, comparer).ConfigureAwait(false);
        }
        catch (TabularFileException exception)
        {
            error.WriteLine(t.Pick(exception.Message, exception.MessageZh));
            return 1;
        }
        catch (RollChangedException exception)
        {
            error.WriteLine(t.Say(ImpactWords.RollChanged(Path.GetFileName(request.Roll), exception.Row)));
            return 1;
        }

        foreach (var program in comparer.Programs)
        {
            var was = oldSummary.Programs.FirstOrDefault(p => p.ProgramId == program.Id);
            var @is = newSummary.Programs.FirstOrDefault(p => p.ProgramId == program.Id);
            program.Name = @is?.Name ?? was?.Name;
            program.Before = was?.Amounts ?? PeriodTotals.Empty;
            program.After = @is?.Amounts ?? PeriodTotals.Empty;
            program.ErrorsBefore = was?.Errors ?? 0;
            program.ErrorsAfter = @is?.Errors ?? 0;
        }

        WriteImpact(request, report, evaluated, comparer);
        if (request.Workbook is not null)
        {
            try
            {
                await WriteImpactWorkbookAsync(request, report, evaluated, comparer).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(t.Say(ImpactWords.WorkbookNotWritten(request.Workbook, exception.Message)));
                return 1;
            }

            output.WriteLine(t.Say(ImpactWords.WorkbookWritten(request.Workbook)));
        }

        return 0;
    }

    private static async Task<(PopulationSummary Summary, RollReadReport Report, long Evaluated)> RunAsync(ImpactRequest request, RuleCatalog catalog, IPopulationSink sink)
    {
        var reader = new RollReader(RollSource.FromFile(request.Roll), request.Lists.Where(l => !string.Equals(Path.GetFullPath(l), Path.GetFullPath(request.Roll), StringComparison.Ordinal)).Select(RollSource.FromFile), new RollReadOptions(request.County, request.Date));
        var summary = new PopulationSummaryBuilder(request.Date, reader.Report);
        // The comparison shows each person's reason before and after, so the reasons are made with the decisions, in parallel.
        var result = await new PopulationRun(new EligibilityEvaluator(catalog, request.County), new PopulationRunOptions { ExplainDecisions = true }).RunAsync(reader.ReadAsync(CancellationToken.None), request.Date, [summary, sink]).ConfigureAwait(false);
        return (summary.Build(), reader.Report, result.People);
    }

    private void WriteImpact(ImpactRequest request, RollReadReport report, long evaluated, ImpactComparer comparer)
    {
        var name = Path.GetFileName(request.Roll);
        output.WriteLine(t.Say(ImpactWords.RollRead(name, Iso(request.Date), report.PeopleRead, evaluated, report.PeopleRejected)));
        foreach (var problem in report.Problems.Where(p => p.RejectsRow).Take(10))
        {
            output.WriteLine($"  {(t.Chinese ? problem.ToChineseString() : problem.ToString())}");
        }

        foreach (var program in comparer.Programs.Where(p => p.Changes))
        {
            output.WriteLine();
            output.WriteLine($"{program.Id} {(program.Name is { } n ? (t.Chinese ? n.Chinese : n.English) : string.Empty)}");
            output.WriteLine("  " + t.Say(ImpactWords.EligibleCounts(string.Empty, program.EligibleBefore, program.EligibleAfter)));
            output.WriteLine("  " + t.Say(ImpactWords.ProgramCounts(program.Gained, program.Lost, program.AmountChanged, program.Same, program.Neither)));
            if (program.ErrorsBefore != program.ErrorsAfter)
            {
                output.WriteLine("  " + t.Say(ImpactWords.Errors(program.ErrorsBefore, program.ErrorsAfter)));
            }

            foreach (var period in program.Periods)
            {
                output.WriteLine("  " + t.Say(ImpactWords.PeriodTotals(PeriodWords(period), program.Before.Of(period).ToString(), program.After.Of(period).ToString(), Signed(program.Difference(period)))));
            }
        }

        var unchanged = comparer.Programs.Where(p => !p.Changes).ToList();
        output.WriteLine();
        if (unchanged.Count > 0)
        {
            output.WriteLine(t.Say(ImpactWords.NoChangeIn(unchanged.Select(p => p.Id))));
            foreach (var program in unchanged)
            {
                output.WriteLine("  " + t.Say(ImpactWords.EligibleCounts(program.Id, program.EligibleBefore, program.EligibleAfter)));
            }
        }

        if (comparer.Programs.All(p => p.EligibleBefore == 0 && p.EligibleAfter == 0))
        {
            output.WriteLine(t.Say(ImpactWords.NobodyEligible(Iso(request.Date))));
        }

        if (comparer.ChangeCount == 0)
        {
            output.WriteLine(t.Say(ImpactWords.NobodyChanges));
            return;
        }

        output.WriteLine(t.Say(ImpactWords.PeopleWhoChange(comparer.ChangeCount, MaximumChangesOnConsole)));
        foreach (var program in comparer.Programs.Where(p => p.Gained + p.Lost + p.AmountChanged > 0))
        {
            var listed = comparer.Changes.Where(c => c.ProgramId == program.Id).Take(MaximumChangesOnConsole).ToList();
            foreach (var change in listed)
            {
                var (reason, reasonZh) = change.Reason;
                output.WriteLine("  " + t.Say(ImpactWords.Change(change.ProgramId, KindWords(change.Kind), change.Row, change.IdNumber, change.Name, OutcomeWords(change.Old), OutcomeWords(change.New), reason, reasonZh)));
            }

            var more = program.Gained + program.Lost + program.AmountChanged - listed.Count;
            if (more > 0)
            {
                output.WriteLine("  " + t.Say(ImpactWords.More(program.Id, more)));
            }
        }
    }

    private async Task WriteImpactWorkbookAsync(ImpactRequest request, RollReadReport report, long evaluated, ImpactComparer comparer)
    {
        var periods = PeriodTotals.Periods;
        string[] summaryHeader =
        [
            .. new[]
            {
                ImpactWords.ProgramColumn, ImpactWords.NameColumn, ImpactWords.GainColumn, ImpactWords.LoseColumn, ImpactWords.AmountChangedColumn,
                ImpactWords.UnchangedColumn, ImpactWords.NeitherColumn, ImpactWords.ErrorsBeforeColumn, ImpactWords.ErrorsAfterColumn,
            }.Select(t.Say),
            .. periods.SelectMany(p => new[] { ImpactWords.TotalBeforeColumn(PeriodWords(p)), ImpactWords.TotalAfterColumn(PeriodWords(p)), ImpactWords.DifferenceColumn(PeriodWords(p)) }).Select(t.Say),
        ];
        var summaryRows = comparer.Programs.Select(p => (object?[])
        [
            p.Id, p.Name is { } n ? (t.Chinese ? n.Chinese : n.English) : null, p.Gained, p.Lost, p.AmountChanged, p.Same, p.Neither, p.ErrorsBefore, p.ErrorsAfter,
            .. periods.SelectMany(period => p.Before.Has(period) || p.After.Has(period)
                ? new object?[] { p.Before.Of(period).Yuan, p.After.Of(period).Yuan, p.Difference(period).Yuan }
                : [null, null, null]),
        ]);
        string[] changeHeader =
        [
            t.Say(ImpactWords.ProgramColumn), t.Say(ImpactWords.ChangeColumn), t.Say(ImpactWords.RowColumn), t.Say(ImpactWords.IdNumberColumn), t.Say(ImpactWords.MaskedNameColumn),
            t.Say(ImpactWords.BeforeColumn), .. periods.Select(p => t.Say(ImpactWords.AmountBeforeColumn(PeriodWords(p)))),
            t.Say(ImpactWords.AfterColumn), .. periods.Select(p => t.Say(ImpactWords.AmountAfterColumn(PeriodWords(p)))),
            t.Say(ImpactWords.ReasonColumn),
        ];
        var changeRows = comparer.Changes.Select(c => (object?[])
        [
            c.ProgramId, t.Say(KindWords(c.Kind)), c.Row, c.IdNumber, c.Name,
            t.Say(OutcomeWords(c.Old)), .. periods.Select(p => (object?)c.Old.Amounts.Find(p)?.Yuan),
            t.Say(OutcomeWords(c.New)), .. periods.Select(p => (object?)c.New.Amounts.Find(p)?.Yuan),
            t.Chinese ? c.Reason.Chinese : c.Reason.English,
        ]);
        string[] aboutHeader = [t.Say(ImpactWords.ItemColumn), t.Say(ImpactWords.ValueColumn)];
        List<object?[]> about =
        [
            [t.Say(ImpactWords.EvaluationDate), Iso(request.Date)],
            [t.Say(ImpactWords.County), request.County.ToString()],
            [t.Say(ImpactWords.RuleSetsBefore), request.OldFolder],
            [t.Say(ImpactWords.RuleSetsAfter), request.NewFolder],
            [t.Say(ImpactWords.Roll), Path.GetFileName(request.Roll)],
            [t.Say(ImpactWords.PeopleRead), report.PeopleRead],
            [t.Say(ImpactWords.PeopleEvaluated), evaluated],
            [t.Say(ImpactWords.PeopleRejected), report.PeopleRejected],
            [t.Say(ImpactWords.Changes), comparer.ChangeCount],
            [t.Say(ImpactWords.PersonalData), t.Say(ImpactWords.Masked)],
        ];
        if (comparer.ChangeCount > comparer.Changes.Count)
        {
            about.Add([t.Say(ImpactWords.NotListed), t.Say(ImpactWords.OnlyFirst(comparer.Changes.Count))]);
        }

        await TableFile.WriteWorkbookAsync(request.Workbook!,
        [
            new TableSheet(t.Say(ImpactWords.SummarySheet), summaryHeader, summaryRows),
            new TableSheet(t.Say(ImpactWords.ChangesSheet), changeHeader, changeRows),
            new TableSheet(t.Say(ImpactWords.AboutSheet), aboutHeader, about),
        ]).ConfigureAwait(false);
    }

    private static ToolText KindWords(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => ImpactWords.Gains,
        ChangeKind.Stopped => ImpactWords.Loses,
        _ => ImpactWords.AmountChanges,
    };

    private static ToolText OutcomeWords(ImpactOutcome outcome)
    {
        var word = outcome.Outcome switch
        {
            null => ImpactWords.NoSuchProgram,
            DecisionOutcome.Eligible => ImpactWords.Eligible,
            DecisionOutcome.NotEligible => ImpactWords.NotEligible,
            DecisionOutcome.NotInForce => ImpactWords.NotInForce,
            _ => ImpactWords.Error,
        };
        return outcome.IsEligible ? ImpactWords.WithAmounts(word, outcome.Amounts.ToString(), outcome.Amounts.ToChineseString()) : word;
    }

    private static ToolText PeriodWords(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => ImpactWords.PerMonth,
        BenefitPeriod.PerYear => ImpactWords.PerYear,
        BenefitPeriod.OneOff => ImpactWords.OneOff,
        _ => ImpactWords.InKind,
    };

    private static string Signed(Money difference) => difference.Yuan > 0 ? "+" + difference : difference.ToString();

    private sealed record ImpactRequest(RuleCatalog Old, RuleCatalog New, DivisionCode County, LocalDate Date, string Roll, IReadOnlyList<string> Lists, string OldFolder, string NewFolder, string? Workbook);
}

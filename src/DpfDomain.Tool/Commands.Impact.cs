using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
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
        var before = new Argument<string>(t.Pick("old-folder", "修改前文件夹")) { Description = t.Pick("The folder of rule sets before the edit.", "修改前的规则集文件夹。") };
        var after = new Argument<string>(t.Pick("new-folder", "修改后文件夹")) { Description = t.Pick("The folder of rule sets after the edit.", "修改后的规则集文件夹。") };
        var roll = new Option<string>("--roll") { Description = t.Pick("The county roll (花名册), CSV or .xlsx (see docs/roll-files.md).", "县残疾人花名册，CSV 或 .xlsx。"), Required = true };
        var status = new Option<string[]>("--status") { Description = t.Pick("Status lists of other offices (低保, poverty register, schools, care needs, health), any number.", "其他部门的状态名单（低保、建档立卡、学籍、护理需求、体检等），可给多个。"), AllowMultipleArgumentsPerToken = true };
        var date = new Option<string?>("--date") { Description = t.Pick("The evaluation date yyyy-MM-dd (default: today in China).", "评估日期 yyyy-MM-dd（默认：中国时间今天）。") };
        var file = new Option<string?>("--output") { Description = t.Pick("Also write a workbook (.xlsx) for the office: summary and the people who change.", "另写出供办公室使用的工作簿（.xlsx）：汇总和变化名单。") };
        var command = new Command("impact", t.Pick(
            "Run the roll through the rule sets before and after an edit, on one date: per program who gains, loses or changes amount, and the cost difference per period. Identity numbers and names are masked.",
            "用修改前后的规则集对花名册在同一评估日各评估一次：按项目列出新增符合、不再符合、金额变化的人数和名单，以及按周期的费用变化。身份证号和姓名已遮蔽。"))
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
                error.WriteLine(t.Pick($"--output must name an .xlsx file; \"{workbook}\" does not.", $"--output 须为 .xlsx 文件；“{workbook}”不是。"));
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
            error.WriteLine(t.Pick(
                $"{Path.GetFileName(request.Roll)} changed while it was being read (row {exception.Row} differs between the two reads); run dpf impact again when the file is no longer being edited.",
                $"{Path.GetFileName(request.Roll)} 在读取期间被改动（第 {exception.Row} 行两次读到的不同）；请在文件不再被编辑时重新运行 dpf impact。"));
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
                error.WriteLine(t.Pick(
                    $"The workbook {request.Workbook} cannot be written: {exception.Message} If it is open in Excel or WPS, close it and run again.",
                    $"无法写出工作簿 {request.Workbook}（文件被占用、文件夹不存在或没有写入权限）。如该文件正在 Excel 或 WPS 中打开，请关闭后重试。"));
                return 1;
            }

            output.WriteLine(t.Pick($"Workbook written: {request.Workbook}", $"已写出工作簿：{request.Workbook}"));
        }

        return 0;
    }

    private static async Task<(PopulationSummary Summary, RollReadReport Report, long Evaluated)> RunAsync(ImpactRequest request, RuleCatalog catalog, IPopulationSink sink)
    {
        var reader = new RollReader(RollSource.FromFile(request.Roll), request.Lists.Where(l => !string.Equals(Path.GetFullPath(l), Path.GetFullPath(request.Roll), StringComparison.Ordinal)).Select(RollSource.FromFile), new RollReadOptions(request.County, request.Date));
        var summary = new PopulationSummaryBuilder(request.Date, reader.Report);
        var result = await new PopulationRun(new EligibilityEvaluator(catalog, request.County)).RunAsync(reader.ReadAsync(CancellationToken.None), request.Date, [summary, sink]).ConfigureAwait(false);
        return (summary.Build(), reader.Report, result.People);
    }

    private void WriteImpact(ImpactRequest request, RollReadReport report, long evaluated, ImpactComparer comparer)
    {
        var name = Path.GetFileName(request.Roll);
        output.WriteLine(t.Pick(
            $"Roll {name} on {Iso(request.Date)}: {N(report.PeopleRead)} people read = {N(evaluated)} evaluated + {N(report.PeopleRejected)} rejected.",
            $"花名册 {name}（评估日 {Iso(request.Date)}）：读取 {N(report.PeopleRead)} 人 = 评估 {N(evaluated)} 人 + 拒绝 {N(report.PeopleRejected)} 人。"));
        foreach (var problem in report.Problems.Where(p => p.RejectsRow).Take(10))
        {
            output.WriteLine($"  {(t.Chinese ? problem.ToChineseString() : problem.ToString())}");
        }

        foreach (var program in comparer.Programs.Where(p => p.Changes))
        {
            output.WriteLine();
            output.WriteLine($"{program.Id} {(program.Name is { } n ? (t.Chinese ? n.Chinese : n.English) : string.Empty)}");
            output.WriteLine(t.Pick(
                $"  gain {N(program.Gained)}, lose {N(program.Lost)}, amount changed {N(program.AmountChanged)}, unchanged {N(program.Same)}, not eligible either way {N(program.Neither)}",
                $"  新增符合 {N(program.Gained)} 人，不再符合 {N(program.Lost)} 人，金额变化 {N(program.AmountChanged)} 人，不变 {N(program.Same)} 人，前后均不符合 {N(program.Neither)} 人"));
            if (program.ErrorsBefore != program.ErrorsAfter)
            {
                output.WriteLine(t.Pick($"  errors: {N(program.ErrorsBefore)} before, {N(program.ErrorsAfter)} after", $"  出错：原 {N(program.ErrorsBefore)} 人，新 {N(program.ErrorsAfter)} 人"));
            }

            foreach (var period in program.Periods)
            {
                output.WriteLine(t.Pick(
                    $"  {PeriodWords(period)}: {program.Before.Of(period)} before, {program.After.Of(period)} after, difference {Signed(program.Difference(period))}",
                    $"  {PeriodWords(period)}合计：原 {program.Before.Of(period)}，新 {program.After.Of(period)}，变化 {Signed(program.Difference(period))}"));
            }
        }

        var unchanged = comparer.Programs.Where(p => !p.Changes).Select(p => p.Id).ToList();
        output.WriteLine();
        if (unchanged.Count > 0)
        {
            output.WriteLine(t.Pick($"No change in {string.Join(", ", unchanged)}.", $"没有变化的项目：{string.Join("、", unchanged)}。"));
        }

        if (comparer.ChangeCount == 0)
        {
            output.WriteLine(t.Pick("Nobody's decision changes.", "没有人的判定结果发生变化。"));
            return;
        }

        output.WriteLine(t.Pick($"People whose decision changes ({N(comparer.ChangeCount)}), at most {MaximumChangesOnConsole} per program here; all of them with --output:", $"判定结果变化的人员（共 {N(comparer.ChangeCount)} 人次），此处每个项目最多列出 {MaximumChangesOnConsole} 人；完整名单请用 --output："));
        foreach (var program in comparer.Programs.Where(p => p.Gained + p.Lost + p.AmountChanged > 0))
        {
            var listed = comparer.Changes.Where(c => c.ProgramId == program.Id).Take(MaximumChangesOnConsole).ToList();
            foreach (var change in listed)
            {
                var (reason, reasonZh) = change.Reason;
                var why = t.Chinese ? reasonZh : reason;
                output.WriteLine(t.Pick(
                    $"  {change.ProgramId} {KindWords(change.Kind)} row {change.Row} {change.IdNumber} {change.Name}: {OutcomeWords(change.Old)} → {OutcomeWords(change.New)}{(why is null ? string.Empty : $" ({why})")}",
                    $"  {change.ProgramId} {KindWords(change.Kind)} 第 {change.Row} 行 {change.IdNumber} {change.Name}：{OutcomeWords(change.Old)} → {OutcomeWords(change.New)}{(why is null ? string.Empty : $"（{why}）")}"));
            }

            var more = program.Gained + program.Lost + program.AmountChanged - listed.Count;
            if (more > 0)
            {
                output.WriteLine(t.Pick($"  {program.Id}: {N(more)} more.", $"  {program.Id}：另有 {N(more)} 人。"));
            }
        }
    }

    private async Task WriteImpactWorkbookAsync(ImpactRequest request, RollReadReport report, long evaluated, ImpactComparer comparer)
    {
        var periods = PeriodTotals.Periods;
        string[] summaryHeader =
        [
            t.Pick("Program", "项目"), t.Pick("Name", "名称"), t.Pick("Gain", "新增符合(人)"), t.Pick("Lose", "不再符合(人)"), t.Pick("Amount changed", "金额变化(人)"),
            t.Pick("Unchanged", "不变(人)"), t.Pick("Not eligible either way", "前后均不符合(人)"), t.Pick("Errors before", "原出错(人)"), t.Pick("Errors after", "新出错(人)"),
            .. periods.SelectMany(p => new[] { t.Pick($"{PeriodWords(p)} before (yuan)", $"原{PeriodWords(p)}合计(元)"), t.Pick($"{PeriodWords(p)} after (yuan)", $"新{PeriodWords(p)}合计(元)"), t.Pick($"{PeriodWords(p)} difference (yuan)", $"{PeriodWords(p)}变化(元)") }),
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
            t.Pick("Program", "项目"), t.Pick("Change", "变化"), t.Pick("Row", "行号"), t.Pick("ID number (masked)", "公民身份号码(已遮蔽)"), t.Pick("Name (masked)", "姓名(已遮蔽)"),
            t.Pick("Before", "原结果"), .. periods.Select(p => t.Pick($"{PeriodWords(p)} before (yuan)", $"原{PeriodWords(p)}(元)")),
            t.Pick("After", "新结果"), .. periods.Select(p => t.Pick($"{PeriodWords(p)} after (yuan)", $"新{PeriodWords(p)}(元)")),
            t.Pick("Reason", "原因"),
        ];
        var changeRows = comparer.Changes.Select(c => (object?[])
        [
            c.ProgramId, KindWords(c.Kind), c.Row, c.IdNumber, c.Name,
            OutcomeWords(c.Old), .. periods.Select(p => (object?)c.Old.Amounts.Find(p)?.Yuan),
            OutcomeWords(c.New), .. periods.Select(p => (object?)c.New.Amounts.Find(p)?.Yuan),
            t.Chinese ? c.Reason.Chinese : c.Reason.English,
        ]);
        string[] aboutHeader = [t.Pick("Item", "项目"), t.Pick("Value", "值")];
        List<object?[]> about =
        [
            [t.Pick("Evaluation date", "评估日"), Iso(request.Date)],
            [t.Pick("County", "县级行政区划代码"), request.County.ToString()],
            [t.Pick("Rule sets before", "修改前规则集"), request.OldFolder],
            [t.Pick("Rule sets after", "修改后规则集"), request.NewFolder],
            [t.Pick("Roll", "花名册"), Path.GetFileName(request.Roll)],
            [t.Pick("People read", "读取人数"), report.PeopleRead],
            [t.Pick("People evaluated", "评估人数"), evaluated],
            [t.Pick("People rejected", "拒绝人数"), report.PeopleRejected],
            [t.Pick("Changes", "变化人次"), comparer.ChangeCount],
            [t.Pick("Personal data", "个人信息"), t.Pick("Identity numbers and names are masked.", "身份证号和姓名已遮蔽。")],
        ];
        if (comparer.ChangeCount > comparer.Changes.Count)
        {
            about.Add([t.Pick("Not listed", "未列出"), t.Pick($"Only the first {N(comparer.Changes.Count)} changes are listed.", $"只列出前 {N(comparer.Changes.Count)} 条变化。")]);
        }

        await TableFile.WriteWorkbookAsync(request.Workbook!,
        [
            new TableSheet(t.Pick("Summary", "汇总"), summaryHeader, summaryRows),
            new TableSheet(t.Pick("Changes", "变化名单"), changeHeader, changeRows),
            new TableSheet(t.Pick("About", "说明"), aboutHeader, about),
        ]).ConfigureAwait(false);
    }

    private string KindWords(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => t.Pick("gains", "新增符合"),
        ChangeKind.Stopped => t.Pick("loses", "不再符合"),
        _ => t.Pick("amount changes", "金额变化"),
    };

    private string OutcomeWords(ImpactOutcome outcome)
    {
        var word = outcome.Outcome switch
        {
            null => t.Pick("no such program", "无此项目"),
            DecisionOutcome.Eligible => t.Pick("eligible", "符合"),
            DecisionOutcome.NotEligible => t.Pick("not eligible", "不符合"),
            DecisionOutcome.NotInForce => t.Pick("not in force", "未施行"),
            _ => t.Pick("error", "出错"),
        };
        return outcome.IsEligible ? $"{word} {(t.Chinese ? outcome.Amounts.ToChineseString() : outcome.Amounts.ToString())}" : word;
    }

    private string PeriodWords(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => t.Pick("per month", "每月金额"),
        BenefitPeriod.PerYear => t.Pick("per year", "每年金额"),
        BenefitPeriod.OneOff => t.Pick("one-off", "一次性金额"),
        _ => t.Pick("in-kind value", "实物价值"),
    };

    private static string Signed(Money difference) => difference.Yuan > 0 ? "+" + difference : difference.ToString();

    private static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record ImpactRequest(RuleCatalog Old, RuleCatalog New, DivisionCode County, LocalDate Date, string Roll, IReadOnlyList<string> Lists, string OldFolder, string NewFolder, string? Workbook);
}

using DpfDomain.Population.Files;
using DpfDomain.Population.Outputs;
using Spectre.Console;

namespace DpfDomain.ConsoleHost;

/// <summary>Shows a run's summary on screen as tables (the same tables as the workbook).</summary>
internal static class ConsoleReport
{
    public static void Show(IAnsiConsole console, PopulationSummary summary, IReadOnlyDictionary<(string ProgramId, ChangeKind Kind), int> changes, bool againstPrevious, string outputFolder)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected to a file or another program: plain aligned text, no boxes that wrap mid-number.
            // Written to the output directly: the console's own width would wrap the lines.
            var writer = console.Profile.Out.Writer;
            writer.WriteLine();
            SummaryReport.WriteText(writer, summary);
            writer.WriteLine();
            foreach (var ((program, kind), count) in changes)
            {
                writer.WriteLine(FormattableString.Invariant($"{(againstPrevious ? "变动名单" : "变动名单（无上月结果：符合者均列为新增）")} {program} {ChangeListFile.ChineseName(kind)}: {count:N0}"));
            }

            writer.WriteLine($"Files / 输出文件: {Path.GetFullPath(outputFolder)}");
            writer.Flush();
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]人口批量评估汇总 / Population run summary — {summary.Date:uuuu-MM-dd}[/]");
        if (summary.Roll is { } roll)
        {
            console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"花名册 / roll: {roll.PeopleRead:N0} read = {roll.PeopleAccepted:N0} accepted + {roll.PeopleRejected:N0} rejected; 名单 / lists: {roll.ListRowsRead:N0} rows = {roll.ListRowsApplied:N0} applied + {roll.ListRowsRejected:N0} rejected")));
        }

        console.Write(Table(Compact(SummaryTables.Programs(summary), withNames: console.Profile.Width >= 150)));
        foreach (var sheet in SummaryTables.All(summary).Skip(1))
        {
            console.Write(Table(sheet));
        }

        ShowChanges(console, changes, againstPrevious);
        console.MarkupLine($"Files / 输出文件: [blue]{Markup.Escape(Path.GetFullPath(outputFolder))}[/]");
    }

    private static void ShowChanges(IAnsiConsole console, IReadOnlyDictionary<(string ProgramId, ChangeKind Kind), int> changes, bool againstPrevious)
    {
        if (changes.Count > 0)
        {
            var title = againstPrevious ? "变动名单 / changes since the previous run" : "变动名单（无上月结果：符合者均列为新增）/ changes (no previous run: everyone eligible is new)";
            var table = new Table().Title(Markup.Escape(title)).AddColumns("项目", "变动", "人数");
            foreach (var ((program, kind), count) in changes)
            {
                table.AddRow(Markup.Escape(program), ChangeListFile.ChineseName(kind), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }
    }

    /// <summary>The per-program table without the columns that rarely fit a terminal (the workbook has them all).</summary>
    private static TableSheet Compact(TableSheet sheet, bool withNames)
    {
        string[] keep = withNames
            ? ["项目", "名称", "评估人数", "符合", "出错", "每月金额合计(元)", "每年金额合计(元)", "一次性金额合计(元)", "实物(项)", "实物价值合计(元)", "年度任务数", "完成率(%)"]
            : ["项目", "符合", "出错", "每月金额合计(元)", "每年金额合计(元)", "一次性金额合计(元)", "实物(项)", "实物价值合计(元)", "年度任务数", "完成率(%)"];
        var indexes = keep.Select(h => sheet.Header.ToList().IndexOf(h)).Where(i => i >= 0).ToArray();
        return new TableSheet(sheet.Name, [.. indexes.Select(i => Short(sheet.Header[i]))], [.. sheet.Rows.Select(r => indexes.Select(i => r[i]).ToArray())]);
    }

    private static string Short(string header) => header
        .Replace("金额合计(元)", "(元)", StringComparison.Ordinal)
        .Replace("价值合计(元)", "价值(元)", StringComparison.Ordinal)
        .Replace("年度任务数", "任务数", StringComparison.Ordinal)
        .Replace("(项)", string.Empty, StringComparison.Ordinal)
        .Replace("(%)", "%", StringComparison.Ordinal);

    private static Table Table(TableSheet sheet)
    {
        var table = new Table().Title(Markup.Escape(sheet.Name));
        foreach (var header in sheet.Header)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in sheet.Rows)
        {
            table.AddRow(row.Select(cell => Markup.Escape(SummaryReport.CellText(cell))).ToArray());
        }

        return table;
    }
}

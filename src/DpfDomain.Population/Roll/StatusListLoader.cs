using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using DpfDomain.Population.Files;
using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>Reads one status list into memory, keyed by identity number, rejecting bad rows with reasons (to its own sink, so that lists load side by side).</summary>
internal sealed class StatusListLoader(ProblemSink problems, LocalDate asOf, int list)
{
    /// <summary>The most calendar years a treatment row may cover (an ongoing one counts to the run date).</summary>
    internal const int MaximumTreatmentYears = 100;

    /// <summary>The accepted rows, in order.</summary>
    internal ChunkedList<StatusEntry> Entries { get; } = new();

    /// <summary>The identity-number key of each accepted row, in the same order.</summary>
    internal ChunkedList<long> Keys { get; } = new();

    internal ProblemSink Problems => problems;

    internal void Load(RollSource source, CancellationToken cancellationToken)
    {
        var reader = TabularReader.For(source.Name, source.Open);
        HeaderMap<StatusListColumn>? map = null;
        var rowProblems = new List<RollProblem>();
        foreach (var row in reader.Read(header => map = Map(source.Name, header), cancellationToken))
        {
            problems.Report.ListRowsRead++;
            var entry = Parse(source.Name, list, row, map!, asOf, rowProblems, out var key);
            if (entry is null)
            {
                problems.RejectListRow(rowProblems);
                rowProblems.Clear();
                continue;
            }

            Entries.Add(entry.Value);
            Keys.Add(key);
        }

        problems.Report.Encoding(source.Name, reader.EncodingName);
    }

    private HeaderMap<StatusListColumn> Map(string file, IReadOnlyList<string> header)
    {
        var map = HeaderMap<StatusListColumn>.From(header, RollLayout.ListColumnFor, RollLayout.ChineseHeader);
        foreach (var missing in map.Missing(RollLayout.RequiredListColumns))
        {
            throw new TabularFileException(
                file,
                1,
                $"The status list has no column {RollLayout.ChineseHeader(missing)} / {RollLayout.EnglishHeader(missing)}; see the roll-file layout.",
                $"名单缺少“{RollLayout.ChineseHeader(missing)}”列（或英文 {RollLayout.EnglishHeader(missing)}）；见花名册文件格式说明。");
        }

        problems.Unknown(file, map.Unknown, RollLayout.AllListHeaders);
        problems.Repeated(file, map.Repeated);
        return map;
    }

    private static StatusEntry? Parse(string file, int list, TabularRow row, HeaderMap<StatusListColumn> map, LocalDate asOf, List<RollProblem> rowProblems, out long key)
    {
        key = 0;
        string? Cell(StatusListColumn column) => map.Cell(row.Cells, column);
        void Problem(StatusListColumn column, RollProblemCode code, string en, string zh) =>
            rowProblems.Add(new RollProblem(file, row.Row, map.HeaderOf(column), code, en, zh));

        if (map.GarbledColumns(row.Cells) is { } garbled)
        {
            foreach (var column in garbled)
            {
                Problem(column, RollProblemCode.InvalidText, CellText.GarbledReason, CellText.GarbledReasonZh);
            }
        }

        if (rowProblems.Count > 0)
        {
            return null;
        }

        var idText = Cell(StatusListColumn.IdNumber);
        if (idText is null)
        {
            Problem(StatusListColumn.IdNumber, RollProblemCode.MissingValue, "The identity number is empty.", "公民身份号码为空。");
        }
        else if (CellText.IdNumber(idText) is var parsedId && !parsedId.Success)
        {
            var (hint, hintZh) = CellText.NumberHint(idText);
            Problem(StatusListColumn.IdNumber, RollProblemCode.InvalidIdNumber, parsedId.Error!.Message + hint, parsedId.Error.MessageZh + hintZh);
        }
        else
        {
            key = IdKey.Of(parsedId.Value);
        }

        var kindText = Cell(StatusListColumn.Status);
        StatusKind? kind = null;
        if (kindText is null)
        {
            Problem(StatusListColumn.Status, RollProblemCode.MissingValue, "The status is empty; write e.g. 低保, 特困, 小学 or 照护需求.", "类型为空；请填写如 低保、特困、小学、照护需求。");
        }
        else if ((kind = RollLayout.KindFor(kindText)) is null)
        {
            Problem(StatusListColumn.Status, RollProblemCode.InvalidValue, "The status is not one of the documented words (低保, 低保边缘, 建档立卡, 特困, 小学, 照护需求, …).", "类型不是说明中列出的词（低保、低保边缘、建档立卡、特困、小学、照护需求等）。");
        }

        var from = Date(StatusListColumn.From, required: true);
        var until = Date(StatusListColumn.Until, required: false);
        if (from is { } f && until is { } u && u < f)
        {
            Problem(StatusListColumn.Until, RollProblemCode.InvalidDate, "The last day is before the first day.", "结束日期早于开始日期。");
        }

        var months = 0;
        var monthsText = Cell(StatusListColumn.Months);
        if (monthsText is not null && !int.TryParse(RollLayout.Key(monthsText), NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > 1200)
        {
            Problem(StatusListColumn.Months, RollProblemCode.InvalidValue, "The number of months is not a whole number from 0 to 1,200.", "月数不是 0 到 1200 之间的整数。");
        }
        else if (kind == StatusKind.CareNeed && monthsText is null)
        {
            Problem(StatusListColumn.Months, RollProblemCode.MissingValue, "A care need gives its expected duration in months.", "照护需求须填写预计持续月数。");
        }

        var designated = false;
        if (Cell(StatusListColumn.DesignatedHospital) is { } designatedText)
        {
            if (RollLayout.YesNoFor(designatedText) is { } yes)
            {
                designated = yes;
            }
            else
            {
                Problem(StatusListColumn.DesignatedHospital, RollProblemCode.InvalidValue, "Write 是 or 否 (yes or no).", "请填写“是”或“否”。");
            }
        }

        if (kind == StatusKind.PsychiatricTreatment && from is { } first && (until ?? (asOf > first ? asOf : first)).Year - first.Year + 1 > MaximumTreatmentYears)
        {
            Problem(StatusListColumn.Until, RollProblemCode.InvalidDate, "A treatment record covers at most 100 calendar years (an ongoing one counts to the run date).", "一条治疗记录最多覆盖 100 个年份（仍在治疗的算到运行日期）。");
        }

        return rowProblems.Count == 0 ? new StatusEntry(list, row.Row, kind!.Value, from!.Value, until, months, designated) : null;

        LocalDate? Date(StatusListColumn column, bool required)
        {
            var text = Cell(column);
            if (text is null)
            {
                if (required)
                {
                    Problem(column, RollProblemCode.MissingValue, "The date is empty.", "日期为空。");
                }

                return null;
            }

            if (CellText.TryDate(text, out var date, out var reason, out var reasonZh))
            {
                return date;
            }

            Problem(column, RollProblemCode.InvalidDate, $"The value {reason}.", $"该值{reasonZh}。");
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;

namespace DpfDomain.Population.Outputs;

/// <summary>Writes a run's summary as plain text (Chinese headers), JSON (English keys) or an .xlsx workbook (one sheet per table).</summary>
public static class SummaryReport
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the summary as text tables.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="summary">The summary.</param>
    public static void WriteText(TextWriter output, PopulationSummary summary)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(summary);
        output.WriteLine(Invariant($"人口批量评估汇总 / Population run summary — {summary.Date:uuuu-MM-dd}"));
        output.WriteLine(Invariant($"评估 {summary.People:N0} 人，{summary.Households:N0} 户 / {summary.People:N0} people in {summary.Households:N0} households evaluated"));
        if (summary.Roll is { } roll)
        {
            output.WriteLine(Invariant($"花名册读取 {roll.PeopleRead:N0} 人 = 接受 {roll.PeopleAccepted:N0} + 拒绝 {roll.PeopleRejected:N0}；名单 {roll.ListRowsRead:N0} 行 = 采用 {roll.ListRowsApplied:N0} + 拒绝 {roll.ListRowsRejected:N0}"));
        }

        foreach (var sheet in SummaryTables.All(summary))
        {
            output.WriteLine();
            output.WriteLine(sheet.Name);
            WriteTable(output, sheet);
        }
    }

    /// <summary>Writes the summary as JSON.</summary>
    /// <param name="stream">The destination, left open.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task.</returns>
    public static async Task WriteJsonAsync(Stream stream, PopulationSummary summary, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(summary);
        await using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartObject();
        json.WriteString("date", summary.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("people", summary.People);
        json.WriteNumber("households", summary.Households);
        json.WriteStartArray("programs");
        foreach (var program in summary.Programs)
        {
            json.WriteStartObject();
            json.WriteString("program", program.ProgramId);
            json.WriteString("name", program.Name?.English);
            json.WriteString("nameZh", program.Name?.Chinese);
            json.WriteNumber("evaluated", program.Evaluated);
            json.WriteNumber("eligible", program.Eligible);
            json.WriteNumber("notEligible", program.NotEligible);
            json.WriteNumber("notInForce", program.NotInForce);
            json.WriteNumber("errors", program.Errors);
            json.WriteStartObject("amounts");
            foreach (var amount in program.Amounts.Amounts)
            {
                json.WriteNumber(amount.Period.ToString(), amount.Yuan);
            }

            json.WriteEndObject();
            json.WriteNumber("inKindItems", program.InKindItems);
            WriteNullable(json, "quota", program.Quota);
            WriteNullable(json, "overQuota", program.OverQuota);
            if (program.CompletionPercent is { } completion)
            {
                json.WriteNumber("completionPercent", completion);
            }
            else
            {
                json.WriteNull("completionPercent");
            }

            json.WriteStartArray("versions");
            program.Versions.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("certificateHolders");
        foreach (var count in summary.CertificateHolders)
        {
            json.WriteStartObject();
            json.WriteString("category", count.Category.ToString());
            json.WriteNumber("grade", count.Grade);
            json.WriteNumber("holders", count.Holders);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("certificatesNotValid");
        foreach (var (status, count) in summary.CertificatesNotValid)
        {
            json.WriteNumber(status.ToString(), count);
        }

        json.WriteEndObject();
        json.WriteNumber("peopleWithoutCertificate", summary.PeopleWithoutCertificate);
        if (summary.Roll is { } roll)
        {
            WriteRoll(json, roll);
        }

        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the summary as a workbook, one sheet per table, plus any extra sheets (e.g. the change list).</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="extraSheets">More sheets to add after the summary's.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task.</returns>
    public static Task WriteWorkbookAsync(string path, PopulationSummary summary, IEnumerable<TableSheet>? extraSheets = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(summary);
        return TableFile.WriteWorkbookAsync(path, SummaryTables.All(summary).Concat(extraSheets ?? []), cancellationToken);
    }

    /// <summary>Writes the summary as a workbook to a stream (left open), one sheet per table, plus any extra sheets.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="extraSheets">More sheets to add after the summary's.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task.</returns>
    public static Task WriteWorkbookAsync(Stream stream, PopulationSummary summary, IEnumerable<TableSheet>? extraSheets = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(summary);
        return TableFile.WriteWorkbookAsync(stream, SummaryTables.All(summary).Concat(extraSheets ?? []), cancellationToken);
    }

    /// <summary>How wide a text is on a terminal: CJK and full-width characters take two columns.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width in columns.</returns>
    public static int DisplayWidth(string text)
    {
        Guard.Against.Null(text);
        return text.Sum(c => c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1);
    }

    /// <summary>A cell as text: numbers with group separators (decimals with two places), null as empty.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string CellText(object? cell) => cell switch
    {
        null => string.Empty,
        decimal number => number.ToString("#,0.00", CultureInfo.InvariantCulture),
        int number => number.ToString("#,0", CultureInfo.InvariantCulture),
        long number => number.ToString("#,0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteTable(TextWriter output, TableSheet sheet)
    {
        var rows = sheet.Rows.Select(r => r.Select(CellText).ToArray()).Prepend([.. sheet.Header]).ToList();
        var widths = Enumerable.Range(0, sheet.Header.Count).Select(i => rows.Max(r => DisplayWidth(r[i]))).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                var padding = new string(' ', widths[i] - DisplayWidth(row[i]));
                line.Append(i == 0 ? row[i] + padding : "  " + padding + row[i]);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static void WriteRoll(Utf8JsonWriter json, RollReadReport roll)
    {
        json.WriteStartObject("roll");
        json.WriteNumber("peopleRead", roll.PeopleRead);
        json.WriteNumber("peopleAccepted", roll.PeopleAccepted);
        json.WriteNumber("peopleRejected", roll.PeopleRejected);
        json.WriteNumber("households", roll.Households);
        json.WriteNumber("listRowsRead", roll.ListRowsRead);
        json.WriteNumber("listRowsApplied", roll.ListRowsApplied);
        json.WriteNumber("listRowsRejected", roll.ListRowsRejected);
        json.WriteStartObject("rejectedPeopleByReason");
        foreach (var (code, count) in roll.RejectedPeopleByCode.OrderBy(p => p.Key))
        {
            json.WriteNumber(code.ToString(), count);
        }

        json.WriteEndObject();
        json.WriteStartObject("rejectedListRowsByReason");
        foreach (var (code, count) in roll.RejectedListRowsByCode.OrderBy(p => p.Key))
        {
            json.WriteNumber(code.ToString(), count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CsvHelper;
using MiniExcelLibs;

namespace DpfDomain.Population.Files;

/// <summary>
/// Writes tables as CSV or .xlsx (told apart by the extension), streaming row by row. Text cells that
/// a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// CR) are neutralised with a leading apostrophe; numbers stay numbers. CSV is UTF-8 with a
/// byte-order mark (so Excel on Chinese Windows opens it correctly) unless another encoding is given.
/// </summary>
public static class TableFile
{
    /// <summary>Writes one table.</summary>
    /// <param name="path">The file; .xlsx for a workbook with one sheet, anything else for CSV.</param>
    /// <param name="header">The column headers.</param>
    /// <param name="rows">The rows: strings, numbers (int, long, decimal) or null, one per header.</param>
    /// <param name="encoding">For CSV: the encoding (e.g. GB18030); UTF-8 with a byte-order mark when null.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentException">A row has another number of cells than the header.</exception>
    public static async Task<long> WriteAsync(string path, IReadOnlyList<string> header, IEnumerable<object?[]> rows, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(header);
        Guard.Against.Null(rows);
        if (TabularReader.IsWorkbook(path))
        {
            var count = 0L;
            await WriteWorkbookAsync(path, [new TableSheet(SheetName(Path.GetFileNameWithoutExtension(path)), header, rows.Select(r => { count++; return r; }))], cancellationToken).ConfigureAwait(false);
            return count;
        }

        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using var csv = OpenCsv(stream, header, encoding);
        return await csv.WriteRowsAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a workbook with one sheet per table.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="sheets">The sheets, in order.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteWorkbookAsync(string path, IEnumerable<TableSheet> sheets, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await WriteWorkbookAsync(stream, sheets, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a workbook with one sheet per table to a stream, which is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="sheets">The sheets, in order.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static async Task WriteWorkbookAsync(Stream stream, IEnumerable<TableSheet> sheets, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sheets);
        var content = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var rows = sheet.Rows.GetEnumerator();
            content[sheet.Name] = rows.MoveNext() ? Rest(rows).Select(row => Dictionary(sheet.Header, row)) : EmptyTable(sheet.Header);
        }

        await MiniExcel.SaveAsAsync(stream, content, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a CSV writer that a caller feeds row by row (for outputs written while a run streams).</summary>
    /// <param name="stream">The destination; left open.</param>
    /// <param name="header">The column headers, written at once.</param>
    /// <param name="encoding">The encoding; UTF-8 with a byte-order mark when null.</param>
    /// <returns>The writer.</returns>
    public static CsvTableWriter OpenCsv(Stream stream, IReadOnlyList<string> header, Encoding? encoding = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(header);
        return new CsvTableWriter(stream, header, encoding);
    }

    /// <summary>A text cell made safe for a spreadsheet: a leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets an apostrophe in front.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, neutralised if needed.</returns>
    public static string Neutralise(string text)
    {
        Guard.Against.Null(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>The rows of an enumerator already moved to its first: each row once.</summary>
    private static IEnumerable<object?[]> Rest(IEnumerator<object?[]> rows)
    {
        using (rows)
        {
            do
            {
                yield return rows.Current;
            }
            while (rows.MoveNext());
        }
    }

    /// <summary>A sheet with its header and no rows (rows of dictionaries would give no header at all).</summary>
    private static System.Data.DataTable EmptyTable(IReadOnlyList<string> header)
    {
        var table = new System.Data.DataTable();
        foreach (var name in header)
        {
            table.Columns.Add(name, typeof(string));
        }

        return table;
    }

    private static string SheetName(string name)
    {
        var safe = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return safe.Length == 0 ? "Sheet1" : safe[..Math.Min(safe.Length, 31)];
    }

    private static Dictionary<string, object?> Dictionary(IReadOnlyList<string> header, object?[] row)
    {
        if (row.Length != header.Count)
        {
            throw new ArgumentException($"A row has {row.Length} cells; the header has {header.Count}.", nameof(row));
        }

        var cells = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
        for (var i = 0; i < row.Length; i++)
        {
            cells[header[i]] = row[i] is string text ? Neutralise(text) : row[i];
        }

        return cells;
    }
}

/// <summary>One sheet of a workbook: its name, headers and rows.</summary>
/// <param name="Name">The sheet name (at most 31 characters in Excel).</param>
/// <param name="Header">The column headers.</param>
/// <param name="Rows">The rows: strings, numbers or null.</param>
public sealed record TableSheet(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);

/// <summary>A CSV table being written row by row; text cells are neutralised against formula injection. Not thread-safe.</summary>
public sealed class CsvTableWriter : IAsyncDisposable
{
    private readonly CsvWriter _csv;
    private readonly int _columns;
    private readonly StreamWriter? _transcoder;

    internal CsvTableWriter(Stream stream, IReadOnlyList<string> header, Encoding? encoding)
    {
        _columns = header.Count;
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = encoding is null };
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            _csv = CsvWriter.Create(stream, options, leaveOpen: true);
        }
        else
        {
            _transcoder = new StreamWriter(stream, encoding, 1 << 16, leaveOpen: true);
            _csv = CsvWriter.Create(_transcoder, options, leaveOpen: true);
        }

        foreach (var name in header)
        {
            _csv.WriteField(name);
        }

        _csv.EndRecord();
    }

    /// <summary>Writes one row.</summary>
    /// <param name="cells">Strings, numbers (int, long, decimal) or null, one per header.</param>
    /// <exception cref="ArgumentException">The row has another number of cells than the header, or a cell of another type.</exception>
    public void WriteRow(ReadOnlySpan<object?> cells)
    {
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"A row has {cells.Length} cells; the header has {_columns}.", nameof(cells));
        }

        foreach (var cell in cells)
        {
            switch (cell)
            {
                case null:
                    _csv.WriteField((string?)null);
                    break;
                case string text:
                    _csv.WriteField(text);
                    break;
                case int number:
                    _csv.WriteField(number, default);
                    break;
                case long number:
                    _csv.WriteField(number, default);
                    break;
                case decimal number:
                    _csv.WriteField(number, default);
                    break;
                default:
                    throw new ArgumentException($"A cell of type {cell.GetType().Name} cannot be written; use a string or a number.", nameof(cells));
            }
        }

        _csv.EndRecord();
    }

    internal async Task<long> WriteRowsAsync(IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var count = 0L;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(row);
            count++;
            if ((count & 0xFFF) == 0)
            {
                await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return count;
    }

    /// <summary>Flushes what is buffered.</summary>
    /// <param name="cancellationToken">Stops flushing.</param>
    /// <returns>A task.</returns>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => _csv.FlushAsync(cancellationToken);

    /// <summary>Writes what is left and releases the writer (the stream stays open).</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync().ConfigureAwait(false);
        if (_transcoder is not null)
        {
            await _transcoder.DisposeAsync().ConfigureAwait(false);
        }
    }
}

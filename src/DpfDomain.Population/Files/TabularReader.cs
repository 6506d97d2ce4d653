using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CsvHelper;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Loading;
using MiniExcelLibs;

namespace DpfDomain.Population.Files;

/// <summary>
/// Reads a table file — CSV (comma, semicolon, tab or bar separated; UTF-8, UTF-16 or GB18030) or
/// an .xlsx workbook's first sheet — as a header and a stream of rows of text, one at a time.
/// </summary>
internal sealed class TabularReader
{
    /// <summary>The longest record accepted, in bytes.</summary>
    internal const int MaximumRecordBytes = 64 * 1024;

    private readonly string _name;
    private readonly Func<Stream> _open;
    private Stream? _stream;

    private TabularReader(string name, Func<Stream> open)
    {
        _name = name;
        _open = open;
    }

    /// <summary>The name used in messages.</summary>
    internal string Name => _name;

    /// <summary>How far reading has come through a file of known length, from 0 to 1 (somewhat ahead of the rows given, by what is buffered); null when the length is not known.</summary>
    internal double? FractionRead => _stream is { CanSeek: true, Length: > 0 } stream ? Math.Min(1, (double)stream.Position / stream.Length) : null;

    /// <summary>The encoding the CSV file was read with, once reading has started; null for a workbook.</summary>
    internal string? EncodingName { get; private set; }

    internal static TabularReader For(string name, Func<Stream> open) => new(name, open);

    internal static bool IsWorkbook(string name) => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the header and then calls back for each data row; blank rows are skipped. Reading is synchronous and buffered: the rows are wanted one after another, as fast as the file gives them.</summary>
    internal IEnumerable<TabularRow> Read(Action<IReadOnlyList<string>> header, CancellationToken cancellationToken)
    {
        using var stream = Open();
        _stream = stream;
        var rows = IsWorkbook(_name) ? ReadWorkbook(stream, header, cancellationToken) : ReadCsv(stream, header, cancellationToken);
        foreach (var row in rows)
        {
            yield return row;
        }
    }

    private Stream Open()
    {
        try
        {
            var stream = _open();
            return stream.CanSeek ? stream : Buffered(stream);
        }
        catch (DpfDomain.Rules.Loading.UnreadableFileException refused)
        {
            throw TabularFileException.Refused(_name, refused);
        }
        catch (FileNotFoundException)
        {
            throw new TabularFileException(_name, 0, "The file does not exist.", "文件不存在。");
        }
        catch (IOException exception)
        {
            var reason = SystemReasons.Of(exception);
            throw new TabularFileException(_name, 0, $"The file cannot be opened: {reason.English}.", $"文件无法打开：{reason.Chinese}。");
        }
        catch (UnauthorizedAccessException)
        {
            throw new TabularFileException(_name, 0, "The file cannot be opened: access is denied.", "文件无法打开：没有读取权限。");
        }
    }

    /// <summary>The refusal of a CSV file that is no text, at its first bad byte (found in the sample the encoding was decided on).</summary>
    private TabularFileException NotText(byte[] sample) =>
        TextEncodings.Decode(sample).Refusal is { } refusal
            ? TabularFileException.NotText(_name, refusal)
            : TabularFileException.NotText(_name, new EncodingRefusal(new DpfDomain.Rules.Model.SourcePosition(1, 1), FileMessages.NotText("?")));

    private static MemoryStream Buffered(Stream stream)
    {
        using (stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
    }

    private IEnumerable<TabularRow> ReadCsv(Stream stream, Action<IReadOnlyList<string>> header, CancellationToken cancellationToken)
    {
        var (sample, length, complete) = TextEncodings.ReadSample(stream);
        stream.Position = 0;
        var encoding = TextEncodings.Detect(sample.AsSpan(0, length), complete)
            ?? throw NotText(sample.AsSpan(0, length).ToArray());
        EncodingName = TextEncodings.NameOf(encoding);
        var options = new CsvReaderOptions
        {
            Encoding = encoding.CodePage is 1200 or 1201 ? null : encoding,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            MaxRecordSize = MaximumRecordBytes,
            PoolStrings = false,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var reading = true;
        var headerGiven = false;
        var count = 0;
        while (reading)
        {
            TabularRow? row = null;
            try
            {
                if ((++count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!csv.Read())
                {
                    reading = false;
                }
                else
                {
                    if (!headerGiven)
                    {
                        header([.. csv.Headers.Select(h => Clean(h) ?? string.Empty)]);
                        headerGiven = true;
                    }

                    var cells = new string?[csv.FieldCount];
                    var blank = true;
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = csv.IsEmpty(i) ? null : Clean(csv.GetString(i));
                        blank &= cells[i] is null;
                    }

                    row = blank ? null : new TabularRow((int)Math.Min(int.MaxValue, csv.LineNumber), cells);
                }
            }
            catch (CsvFormatException exception)
            {
                throw new TabularFileException(
                    _name,
                    (int)Math.Min(int.MaxValue, exception.LineNumber),
                    $"The CSV text cannot be read here (a row longer than {MaximumRecordBytes / 1024} KB, or broken quoting).",
                    $"此处的 CSV 文本无法读取（一行超过 {MaximumRecordBytes / 1024} KB，或引号不成对）。");
            }

            if (row is not null)
            {
                yield return row;
            }
        }

        if (!headerGiven)
        {
            if (csv.Headers.Count == 0)
            {
                throw new TabularFileException(_name, 0, "The file is empty: it has no header row.", "文件为空：没有表头行。");
            }

            header([.. csv.Headers.Select(h => Clean(h) ?? string.Empty)]);
        }
    }

    private IEnumerable<TabularRow> ReadWorkbook(Stream stream, Action<IReadOnlyList<string>> header, CancellationToken cancellationToken)
    {
        EncodingName = null;
        WorkbookLimits.Check(_name, stream, cancellationToken);
        stream.Position = 0;
        using var rows = OpenWorkbook(stream).GetEnumerator();
        var number = 0;
        string[]? keys = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IDictionary<string, object?> cells;
            try
            {
                if (!rows.MoveNext())
                {
                    break;
                }

                cells = rows.Current;
            }
            catch (Exception exception) when (IsWorkbookDamage(exception))
            {
                throw Damaged(number + 1);
            }

            number++;
            if (keys is null)
            {
                keys = [.. cells.Keys];
                header([.. cells.Values.Select(v => Clean(CellText(v)) ?? string.Empty)]);
                continue;
            }

            var values = new string?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = cells.TryGetValue(keys[i], out var value) ? Clean(CellText(value)) : null;
            }

            if (values.Any(v => v is not null))
            {
                yield return new TabularRow(number, values);
            }
        }

        if (keys is null)
        {
            throw new TabularFileException(_name, 0, "The workbook's first sheet is empty: it has no header row.", "工作簿的第一个工作表为空：没有表头行。");
        }
    }

    private IEnumerable<IDictionary<string, object?>> OpenWorkbook(Stream stream)
    {
        try
        {
            return MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>();
        }
        catch (Exception exception) when (IsWorkbookDamage(exception))
        {
            throw Damaged(0);
        }
    }

    private TabularFileException Damaged(int row) => new(
        _name,
        row,
        "The workbook cannot be read (damaged, protected with a password, or not an .xlsx file). Open it in Excel or WPS and save it again as .xlsx.",
        "无法读取该工作簿（文件损坏、设置了密码，或不是 .xlsx 文件）。请用 Excel 或 WPS 打开后重新另存为 .xlsx。");

    // MiniExcel reports damaged or foreign files with whatever the zip and XML layers throw.
    private static bool IsWorkbookDamage(Exception exception) =>
        exception is not (OperationCanceledException or OutOfMemoryException or TabularFileException);

    private static string? CellText(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number when Math.Abs(number) < 1e15 && number == Math.Floor(number) => number.ToString("0", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text[0] != '\uFEFF' && text[^1] != '\uFEFF')
        {
            return text;
        }

        var trimmed = text.Trim().Trim('\uFEFF').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}

using System;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Xml;

namespace DpfDomain.Population.Files;

/// <summary>
/// Checks a workbook's size before it is read: a few kilobytes of zipped XML can claim a million
/// rows, sixteen thousand columns or a cell of hundreds of megabytes, which a spreadsheet reader
/// would then try to build. Anything beyond the limits is refused with the reason.
/// </summary>
internal static class WorkbookLimits
{
    /// <summary>The most columns a sheet may use (a roll has 13; a list 7).</summary>
    internal const int MaximumColumns = 256;

    /// <summary>The most rows a sheet may have (Excel's own limit).</summary>
    internal const int MaximumRows = 1_048_576;

    /// <summary>The largest part of the workbook once unzipped.</summary>
    internal const long MaximumPartBytes = 2L << 30;

    /// <summary>The longest text of one cell or shared string.</summary>
    internal const int MaximumCellCharacters = 32_767;

    internal static void Check(string name, Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            CheckZip(name, stream, cancellationToken);
        }
        catch (Exception exception) when (exception is not (TabularFileException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged zip shows itself in many ways (InvalidDataException, IOException, NotSupportedException, …), at opening or while its directory is read.
            throw Refused(name, "it is damaged (its zip structure cannot be read)", "文件已损坏（无法读取其 zip 结构）");
        }
    }

    private static void CheckZip(string name, Stream stream, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Refused(name, "it is not an .xlsx workbook (not a zip file)", "它不是 .xlsx 工作簿（不是 zip 文件）");
        }

        using (zip)
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaximumPartBytes)
                {
                    throw Refused(name, $"its part {entry.FullName} unzips to more than {MaximumPartBytes >> 30} GB", $"其中 {entry.FullName} 解压后超过 {MaximumPartBytes >> 30} GB");
                }

                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) || entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                {
                    CheckPart(name, entry, cancellationToken);
                }
            }
        }
    }

    private static void CheckPart(string name, ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            using var part = entry.Open();
            using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            var elements = 0L;
            while (xml.Read())
            {
                if ((++elements & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && xml.Value.Length > MaximumCellCharacters)
                {
                    throw Refused(name, $"a cell holds more than {MaximumCellCharacters:N0} characters", $"有单元格超过 {MaximumCellCharacters:N0} 个字符");
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var reference = xml.LocalName switch
                {
                    "c" or "dimension" => xml.GetAttribute(xml.LocalName == "c" ? "r" : "ref"),
                    "row" => xml.GetAttribute("r") is { } row ? "A" + row : null,
                    _ => null,
                };
                if (reference is not null)
                {
                    foreach (var cell in reference.Split(':'))
                    {
                        var (column, rowNumber) = Position(cell);
                        if (column > MaximumColumns || rowNumber > MaximumRows)
                        {
                            throw Refused(name, $"it reaches cell {cell[..Math.Min(cell.Length, 16)]}, beyond {MaximumColumns} columns or {MaximumRows:N0} rows", $"它用到了单元格 {cell[..Math.Min(cell.Length, 16)]}，超出 {MaximumColumns} 列或 {MaximumRows:N0} 行");
                        }
                    }
                }
            }
        }
        catch (XmlException)
        {
            throw Refused(name, "its sheet XML is damaged", "其中的工作表 XML 已损坏");
        }
        catch (InvalidDataException)
        {
            throw Refused(name, "a part of the zip is damaged", "zip 中有部分已损坏");
        }
    }

    /// <summary>The column number and row of a reference such as <c>AB12</c>; anything unreadable counts as out of range.</summary>
    private static (long Column, long Row) Position(string reference)
    {
        long column = 0, row = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaximumColumns; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        for (; i < reference.Length && char.IsAsciiDigit(reference[i]) && row <= MaximumRows; i++)
        {
            row = (row * 10) + (reference[i] - '0');
        }

        return i == reference.Length ? (column, row) : (long.MaxValue, long.MaxValue);
    }

    private static TabularFileException Refused(string name, string english, string chinese) => new(
        name,
        0,
        $"The workbook is refused: {english}. Copy the data into a new workbook (or save it as CSV) and try again.",
        $"不读取该工作簿：{chinese}。请把数据复制到新工作簿（或另存为 CSV）后重试。");
}

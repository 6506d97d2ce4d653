using System;
using System.Globalization;
using DpfDomain;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>Parsing of single cells with precise, masked reasons.</summary>
internal static class CellText
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

    /// <summary>The earliest and latest years a roll date may have.</summary>
    internal const int FirstYear = 1900;

    internal const int LastYear = 2099;

    /// <summary>Whether the text holds something that is not text: undecodable bytes or control characters.</summary>
    internal static bool IsGarbled(string text)
    {
        foreach (var c in text)
        {
            if (c == '\uFFFD' || char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryDate(string text, out LocalDate date, out string reason, out string reasonZh)
    {
        date = default;
        var normalised = RollLayout.HalfWidth(text).Trim();
        if (normalised.Length > 24
            || !DateTime.TryParseExact(normalised, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            reason = "is not a date; write it as yyyy-MM-dd, e.g. 2019-06-30";
            reasonZh = "不是日期；请写成 yyyy-MM-dd，例如 2019-06-30";
            return false;
        }

        if (parsed.Year is < FirstYear or > LastYear)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"has the year {parsed.Year}, outside {FirstYear}–{LastYear}");
            reasonZh = string.Create(CultureInfo.InvariantCulture, $"年份为 {parsed.Year}，不在 {FirstYear}–{LastYear} 之内");
            return false;
        }

        date = new LocalDate(parsed.Year, parsed.Month, parsed.Day);
        reason = reasonZh = string.Empty;
        return true;
    }

    internal static ParseResult<ResidentIdNumber> IdNumber(string text) => ResidentIdNumber.TryParse(RollLayout.Key(text).ToUpperInvariant());

    /// <summary>A hint for an identity or certificate number that Excel turned into a number.</summary>
    internal static (string English, string Chinese) NumberHint(string text) =>
        text.Contains("E+", StringComparison.OrdinalIgnoreCase)
            ? (" Excel stored it as a number and dropped its last digits: format the column as Text (文本) and type the numbers again.", "Excel 把它存成了数字，丢失了末尾几位：请把该列设置为“文本”格式后重新录入。")
            : (string.Empty, string.Empty);
}

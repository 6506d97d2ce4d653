using System;
using System.Globalization;
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

    internal const string GarbledReason = "The cell contains bytes that are not text in the file's encoding, or control characters.";

    internal const string GarbledReasonZh = "该单元格含有不是文字的字节（编码不符）或控制字符。";

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
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && TryIso(text, out date))
        {
            reason = reasonZh = string.Empty;
            return true;
        }

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

    /// <summary>The common case, yyyy-MM-dd within the accepted years, without a general parser.</summary>
    private static bool TryIso(string text, out LocalDate date)
    {
        date = default;
        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year is < FirstYear or > LastYear || month is < 1 or > 12 || day < 1 || day > NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    internal static ParseResult<ResidentIdNumber> IdNumber(string text)
    {
        if (IsPlainNumber(text))
        {
            return ResidentIdNumber.TryParse(text);
        }

        var normalised = RollLayout.Key(text);
        return ResidentIdNumber.TryParse(ReferenceEquals(normalised, text) ? text : normalised.ToUpperInvariant());
    }

    /// <summary>A household number for messages: one that holds 15 or more digits (an identity number used as 户号) is masked like one.</summary>
    internal static string MaskedHouseholdNo(string householdNo)
    {
        var digits = 0;
        foreach (var c in householdNo)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits < 15 ? householdNo : string.Concat(householdNo.AsSpan(0, 6), new string('*', householdNo.Length - 10), householdNo.AsSpan(householdNo.Length - 4));
    }

    /// <summary>Whether the text is already digits with an upper-case X at most, as most numbers in a roll are.</summary>
    internal static bool IsPlainNumber(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or 'X' or 'B'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hint for an identity or certificate number that Excel turned into a number.</summary>
    internal static (string English, string Chinese) NumberHint(string text) =>
        text.Contains("E+", StringComparison.OrdinalIgnoreCase)
            ? (" Excel stored it as a number and dropped its last digits: format the column as Text (文本) and type the numbers again.", "Excel 把它存成了数字，丢失了末尾几位：请把该列设置为“文本”格式后重新录入。")
            : (string.Empty, string.Empty);
}

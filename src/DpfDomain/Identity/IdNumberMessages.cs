using System.Globalization;

namespace DpfDomain.Identity;

/// <summary>The bilingual reasons for rejecting identity, division and certificate numbers. None repeats the input.</summary>
internal static class IdNumberMessages
{
    public static ParseError Empty(string what, string whatZh) =>
        new(ParseErrorKind.Empty, null, $"The {what} is empty.", $"{whatZh}为空。");

    public static ParseError IdLength(int length) =>
        new(
            ParseErrorKind.Length,
            null,
            $"An identity number has 18 characters (or 15 for a legacy number); this one has {length}.",
            $"身份证号码应为18位（旧版为15位），实际为{length}位。");

    public static ParseError NotADigit(int position, char found) =>
        new(
            ParseErrorKind.Character,
            position,
            $"Character {position} is {Show(found)}; only a digit 0–9 is allowed there.",
            $"第{position}位字符{ShowZh(found)}无效，此处只能是数字0–9。");

    public static ParseError NotACheckCharacter(int position, char found) =>
        new(
            ParseErrorKind.Character,
            position,
            $"Character {position} is {Show(found)}; the check character is a digit 0–9 or X.",
            $"第{position}位字符{ShowZh(found)}无效，校验码只能是数字0–9或X。");

    public static ParseError UnknownProvince(int code) =>
        new(
            ParseErrorKind.Province,
            1,
            string.Create(CultureInfo.InvariantCulture, $"The province code (characters 1–2) is {code:D2}, which is not a province of GB/T 2260; valid codes are 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81 and 82."),
            string.Create(CultureInfo.InvariantCulture, $"省级代码（第1–2位）{code:D2}不是GB/T 2260规定的省份代码；有效代码为11–15、21–23、31–37、41–46、50–54、61–65、71、81、82。"));

    public static ParseError BirthYearOutOfRange(int position, int minYear, int maxYear) =>
        new(
            ParseErrorKind.BirthDate,
            position,
            $"The birth date (from character {position}) has a year outside {minYear}–{maxYear}.",
            $"出生日期（第{position}位起）的年份不在{minYear}–{maxYear}之间。");

    public static ParseError BirthMonth(int position, int month) =>
        new(
            ParseErrorKind.BirthDate,
            position,
            string.Create(CultureInfo.InvariantCulture, $"The birth date (from character {position}) is impossible: month {month:D2} does not exist."),
            string.Create(CultureInfo.InvariantCulture, $"出生日期（第{position}位起）不存在：没有{month:D2}月。"));

    public static ParseError BirthDay(int position, int month, int day, int daysInMonth) =>
        new(
            ParseErrorKind.BirthDate,
            position,
            string.Create(CultureInfo.InvariantCulture, $"The birth date (from character {position}) is impossible: month {month:D2} of that year has {daysInMonth} days, not {day:D2}."),
            string.Create(CultureInfo.InvariantCulture, $"出生日期（第{position}位起）不存在：该年{month}月只有{daysInMonth}天，没有{day:D2}日。"));

    public static ParseError CheckCharacter(char found, char expected) =>
        new(
            ParseErrorKind.CheckCharacter,
            18,
            $"The check character (character 18) is {found}, expected {expected}; a digit was probably mistyped.",
            $"校验码（第18位）为{found}，应为{expected}；可能有数字录入错误。");

    private static string Show(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : $"'{c}'";

    private static string ShowZh(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : $"“{c}”";
}

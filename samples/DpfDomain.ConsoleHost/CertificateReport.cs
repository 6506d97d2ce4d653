using System.Globalization;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.Time;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.ConsoleHost;

/// <summary>Prints what a certificate number says about its holder, with personal data masked unless asked.</summary>
internal sealed class CertificateReport(TextWriter output, TextWriter error)
{
    /// <summary>The number decoded when none is given: the standard's example identity number, mental grade 2, first replacement.</summary>
    public const string ExampleNumber = "11010519491231002X62B1";

    private static readonly DateTimeZone ChinaTime = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public int Run(string text, string? on, bool reveal)
    {
        var date = ParseDate(on);
        if (date is null)
        {
            error.WriteLine("The --on date must be written yyyy-MM-dd, e.g. 2026-01-31. / 日期格式应为 yyyy-MM-dd。");
            return 2;
        }

        var parsed = CertificateNumber.TryParse(text);
        if (!parsed.Success)
        {
            error.WriteLine($"Not a certificate number: {parsed.Error.Message}");
            error.WriteLine($"不是有效的残疾人证号：{parsed.Error.MessageZh}");
            return 1;
        }

        Print(parsed.Value, date.Value, reveal);
        return 0;
    }

    private void Print(CertificateNumber number, LocalDate date, bool reveal)
    {
        var holder = number.Holder;
        var birth = holder.BirthDate;
        Line("Certificate number / 证号", reveal ? number.ToUnmaskedString() : number.ToString());
        Line("Identity number / 身份证号", reveal ? holder.ToUnmaskedString() : holder.ToString());
        Line("Province / 省份", $"{holder.ProvinceCode} {Provinces.ChineseName(holder.ProvinceCode)}");
        Line("Division of registration / 户籍地代码", holder.Division.Value);
        Line("Birth / 出生", reveal ? birth.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : Invariant($"{birth.Year} (month and day masked)"));
        Line("Age / 年龄", date >= birth ? Invariant($"{Age.InCompletedYears(birth, date)} completed years on {date:uuuu-MM-dd}") : "not born yet on that date");
        Line("Sex / 性别", holder.Sex == Sex.Male ? "Male (男)" : "Female (女)");
        Line("Category / 类别", Invariant($"{number.Category.Code()} {number.Category.EnglishName()} ({number.Category.ChineseName()})"));
        Line("Grade / 等级", Invariant($"{number.Grade.Level} ({number.Grade.ChineseName}){(number.Grade.IsSevere ? ", severe (重度)" : string.Empty)}"));
        Line("Card / 证件", number.ReissueCount == 0 ? "original (原证)" : Invariant($"replacement no. {number.ReissueCount} after a loss (补发 B{number.ReissueCount})"));
        Line("Cover colour / 封皮", number.Category == DisabilityCategory.Visual ? "red (红色)" : number.Category == DisabilityCategory.Multiple ? "red if a visual component is included, else green" : "green (绿色)");
    }

    private void Line(string label, string value) => output.WriteLine($"{label,-38} {value}");

    private static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return SystemClock.Instance.GetCurrentInstant().InZone(ChinaTime).Date;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

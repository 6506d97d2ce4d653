using DpfDomain.Rules.Loading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>Dates are read exactly as NodaTime's strict ISO pattern reads them, within the years a file may have.</summary>
public sealed class IsoDatesTests
{
    private const string Alphabet = "0123456789-+ \0/:.T\u00A0\u200B\u0663\uFF10a";

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("1800-01-01", true)]
    [InlineData("2199-12-31", true)]
    [InlineData("2019-02-29", false)]
    [InlineData("1900-02-29", false)]
    [InlineData("1799-12-31", false)]
    [InlineData("2200-01-01", false)]
    [InlineData("2020-13-01", false)]
    [InlineData("2020-00-10", false)]
    [InlineData("2020-04-31", false)]
    [InlineData("2020-1-01", false)]
    [InlineData("2020-01-01 ", false)]
    [InlineData(" 2020-01-01", false)]
    [InlineData("2020-01-01\0", false)]
    [InlineData("+020-01-01", false)]
    [InlineData("2020/01/01", false)]
    [InlineData("２020-01-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsOnlyStrictIsoDatesInRange(string? text, bool accepted)
    {
        Assert.Equal(accepted, IsoDates.TryParse(text, out var date));
        Assert.Equal(accepted, date != default);
    }

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public Property TryParse_AgreesWithTheStrictIsoPattern()
    {
        var change =
            from at in Gen.Choose(0, 9)
            from with in Gen.Elements(Alphabet.ToCharArray())
            select (At: at, With: with);
        var texts =
            from year in Gen.Choose(1780, 2220)
            from month in Gen.Choose(0, 14)
            from day in Gen.Choose(0, 33)
            from changes in Gen.ArrayOf(change, 3)
            from count in Gen.Choose(0, 3)
            select Mutate($"{year:D4}-{month:D2}-{day:D2}".ToCharArray(), changes[..count]);
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var accepted = IsoDates.TryParse(text, out var date);
            var expected = Oracle(text);
            return accepted == expected.HasValue && (!accepted || date == expected);
        });
    }

    private static string Mutate(char[] written, (int At, char With)[] changes)
    {
        foreach (var (at, with) in changes)
        {
            written[at] = with;
        }

        return new string(written);
    }

    /// <summary>The reading before dates were read by hand: NodaTime's ISO pattern, a digit first, the years a file may have.</summary>
    private static LocalDate? Oracle(string text)
    {
        var result = text is { Length: 10 } && text[0] is >= '0' and <= '9' ? LocalDatePattern.Iso.Parse(text) : null;
        return result is { Success: true } && result.Value.Year is >= IsoDates.FirstYear and <= IsoDates.LastYear ? result.Value : null;
    }
}

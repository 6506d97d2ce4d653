using DpfDomain.Time;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DpfDomain.Tests.Time;

public sealed class AgeTests
{
    [DomainProperty]
    public Property InCompletedYears_NeverDecreasesAsTheDateAdvances(LocalDate birth)
    {
        var offsets = from first in Gen.Choose(0, 40_000)
                      from step in Gen.Choose(0, 800)
                      select (first, step);
        return Prop.ForAll(offsets.ToArbitrary(), o =>
        {
            var earlier = birth.PlusDays(o.first);
            var later = earlier.PlusDays(o.step);
            return Age.InCompletedYears(birth, earlier) <= Age.InCompletedYears(birth, later);
        });
    }

    [DomainProperty]
    public void InCompletedYears_StepsExactlyOnTheAnniversary(LocalDate birth, byte years)
    {
        var n = 1 + (years % 110);
        var anniversary = Age.Anniversary(birth, n);

        Assert.Equal(n, Age.InCompletedYears(birth, anniversary));
        Assert.Equal(n - 1, Age.InCompletedYears(birth, anniversary.PlusDays(-1)));
        Assert.Equal(birth.Month == 2 && birth.Day == 29 && !CalendarSystem.Iso.IsLeapYear(anniversary.Year) ? 28 : birth.Day, anniversary.Day);
        Assert.Equal(birth.Month, anniversary.Month);
    }

    [DomainProperty]
    public void InCompletedYears_AgreesWithNodaTimePeriodBetween(LocalDate birth, ushort days)
    {
        var date = birth.PlusDays(days * 2);

        Assert.Equal(Period.Between(birth, date, PeriodUnits.Years).Years, Age.InCompletedYears(birth, date));
    }

    [Theory]
    [InlineData("2015-06-10", "2025-06-09", 9)]
    [InlineData("2015-06-10", "2025-06-10", 10)]
    [InlineData("2015-06-10", "2026-06-09", 10)]
    [InlineData("2015-06-10", "2026-06-10", 11)]
    [InlineData("2016-02-29", "2017-02-27", 0)]
    [InlineData("2016-02-29", "2017-02-28", 1)]
    [InlineData("2016-02-29", "2020-02-28", 3)]
    [InlineData("2016-02-29", "2020-02-29", 4)]
    [InlineData("2016-02-29", "2016-02-29", 0)]
    public void InCompletedYears_Examples(string birth, string date, int expected)
    {
        Assert.Equal(expected, Age.InCompletedYears(Date(birth), Date(date)));
    }

    [Fact]
    public void InCompletedYears_BeforeBirth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.InCompletedYears(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)));
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

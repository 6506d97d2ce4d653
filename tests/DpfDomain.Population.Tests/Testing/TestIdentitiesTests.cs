using DpfDomain.Certificates;
using DpfDomain.Identity;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Population.Tests.Testing;

public sealed class TestIdentitiesTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");

    [Fact]
    public void Next_GivesValidNumbersWithTheAskedDivisionBirthDateAndSex()
    {
        var ids = new TestIdentities(County);

        var female = ids.Next(new LocalDate(1975, 2, 28), Sex.Female);
        var male = ids.Next(new LocalDate(2012, 2, 29), Sex.Male);

        Assert.Equal(female, ResidentIdNumber.Parse(female.ToUnmaskedString()));
        Assert.Equal((County, new LocalDate(1975, 2, 28), Sex.Female), (female.Division, female.BirthDate, female.Sex));
        Assert.Equal((County, new LocalDate(2012, 2, 29), Sex.Male), (male.Division, male.BirthDate, male.Sex));
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void Next_SameDayAndSex_GivesAllFiveHundredCodesOnceThenMovesToTheDayBefore()
    {
        var ids = new TestIdentities(County);
        var day = new LocalDate(1990, 5, 1);

        var numbers = Enumerable.Range(0, TestIdentities.CodesPerDayAndSex + 2).Select(_ => ids.Next(day, Sex.Female)).ToList();

        var onTheDay = numbers.Take(TestIdentities.CodesPerDayAndSex).ToList();
        Assert.All(onTheDay, id => Assert.Equal(day, id.BirthDate));
        Assert.Equal(TestIdentities.CodesPerDayAndSex, onTheDay.Select(id => id.SequenceCode).Distinct().Count());
        Assert.All(onTheDay, id => Assert.Equal(Sex.Female, id.Sex));
        Assert.All(numbers.Skip(TestIdentities.CodesPerDayAndSex), id => Assert.Equal(day.PlusDays(-1), id.BirthDate));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.NotEqual(0, onTheDay[0].SequenceCode / 2);
    }

    [Fact]
    public void Next_SameCallsInTheSameOrder_GiveTheSameNumbers()
    {
        static List<string> Numbers()
        {
            var ids = new TestIdentities(County);
            return [.. Enumerable.Range(0, 50).Select(i => ids.Next(new LocalDate(2000, 1, 1).PlusDays(i % 3), i % 2 == 0 ? Sex.Male : Sex.Female).ToUnmaskedString())];
        }

        Assert.Equal(Numbers(), Numbers());
    }

    [Fact]
    public void Next_BirthYearOutOfRangeOrUndefinedSex_Throws()
    {
        var ids = new TestIdentities(County);

        Assert.Throws<ArgumentOutOfRangeException>(() => ids.Next(new LocalDate(1799, 12, 31), Sex.Male));
        Assert.Throws<ArgumentOutOfRangeException>(() => ids.Next(new LocalDate(1990, 1, 1), (Sex)7));
        Assert.Throws<ArgumentException>(() => new TestIdentities(default));
    }

    [Fact]
    public void RandomIdNumber_SameSeed_SameValidNumberWithinTheDates()
    {
        var from = new LocalDate(1950, 1, 1);
        var to = new LocalDate(1950, 12, 31);

        var first = TestIdentities.RandomIdNumber(new Random(42), County, from, to);
        var again = TestIdentities.RandomIdNumber(new Random(42), County, from, to);
        var anywhere = TestIdentities.RandomIdNumber(new Random(42));

        Assert.Equal(first, again);
        Assert.InRange(first.BirthDate, from, to);
        Assert.Equal(County, first.Division);
        Assert.Equal(anywhere, ResidentIdNumber.Parse(anywhere.ToUnmaskedString()));
        Assert.Throws<ArgumentException>(() => TestIdentities.RandomIdNumber(new Random(1), County, to, from));
    }

    [Fact]
    public void RandomCertificateNumber_IsTheHoldersAndParsesBack()
    {
        var random = new Random(7);
        var holder = TestIdentities.RandomIdNumber(random, County, new LocalDate(1960, 1, 1), new LocalDate(2000, 1, 1));

        var numbers = Enumerable.Range(0, 2000).Select(_ => TestIdentities.RandomCertificateNumber(random, holder)).ToList();

        Assert.All(numbers, n => Assert.Equal(holder, n.Holder));
        Assert.All(numbers, n => Assert.Equal(n, CertificateNumber.Parse(n.ToUnmaskedString())));
        Assert.Contains(numbers, n => n.ReissueCount == 1);
        Assert.Contains(numbers, n => n.Category == Disabilities.DisabilityCategory.Multiple);
    }
}

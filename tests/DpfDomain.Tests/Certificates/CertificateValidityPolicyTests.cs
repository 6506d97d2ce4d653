using DpfDomain.Certificates;
using NodaTime;

namespace DpfDomain.Tests.Certificates;

public sealed class CertificateValidityPolicyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(50)]
    public void Constructor_OneToFiftyYears_IsAccepted(int years)
    {
        var policy = new CertificateValidityPolicy(years);

        Assert.Equal(years, policy.Years);
        Assert.Equal(new LocalDate(2019 + years, 3, 15), policy.ExpiresOn(new LocalDate(2019, 3, 15)));
        Assert.Equal(new LocalDate(2019 + years, 3, 14), policy.LastValidDay(new LocalDate(2019, 3, 15)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(51)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructor_YearsOutsideOneToFifty_ThrowsNamingTheValue(int years)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateValidityPolicy(years));

        Assert.Equal("years", exception.ParamName);
        Assert.Equal(years, exception.ActualValue);
        Assert.StartsWith("A certificate's validity is 1 to 50 years.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastValidDay_FirstOfJanuary_IsTheLastDayOfTheYearBefore()
    {
        var policy = new CertificateValidityPolicy(5);

        Assert.Equal(new LocalDate(2024, 12, 31), policy.LastValidDay(new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void Equals_SameYears_IsEqualWithTheSameHash()
    {
        var ten = new CertificateValidityPolicy(10);

        Assert.True(ten.Equals(CertificateValidityPolicy.Default));
        Assert.True(ten.Equals((object)CertificateValidityPolicy.Default));
        Assert.Equal(CertificateValidityPolicy.Default.GetHashCode(), ten.GetHashCode());
        Assert.False(ten.Equals(new CertificateValidityPolicy(11)));
        Assert.False(ten.Equals((object)new CertificateValidityPolicy(9)));
        Assert.False(ten.Equals(null));
        Assert.False(ten.Equals((object?)null));
        Assert.False(ten.Equals((object)10));
        Assert.NotEqual(new CertificateValidityPolicy(11).GetHashCode(), ten.GetHashCode());
    }

    [Fact]
    public void ToString_Default_SaysTenYears()
    {
        Assert.Equal("valid 10 years from issue", CertificateValidityPolicy.Default.ToString());
    }

    [Fact]
    public void ToString_OneYear_SaysYearInTheSingular()
    {
        Assert.Equal("valid 1 year from issue", new CertificateValidityPolicy(1).ToString());
    }
}

using DpfDomain.Certificates;
using DpfDomain.Identity;

namespace DpfDomain.Tests.Certificates;

/// <summary>Equality and hashing: two numbers are equal exactly when all their characters are.</summary>
public sealed partial class CertificateNumberTests
{
    [DomainProperty]
    public void Equals_AnyTwoNumbers_IsEqualityOfTheirCharacters(CertificateNumber left, CertificateNumber right)
    {
        var same = left.ToUnmaskedString() == right.ToUnmaskedString();

        Assert.Equal(same, left.Equals(right));
        Assert.Equal(same, left.Equals((object)right));
        Assert.Equal(same, left == right);
        Assert.Equal(!same, left != right);
    }

    [DomainProperty]
    public void Equals_ACopy_IsEqualWithTheSameHash(CertificateNumber number)
    {
        var copy = CertificateNumber.Parse(number.ToUnmaskedString());

        Assert.True(number.Equals(copy));
        Assert.True(number.Equals((object)copy));
        Assert.True(number == copy);
        Assert.False(number != copy);
        Assert.Equal(number.GetHashCode(), copy.GetHashCode());
    }

    [DomainProperty]
    public void Equals_NumbersDifferingInOnePart_AreNotEqual(CertificateNumber number)
    {
        var holder = number.Holder;
        var otherHolder = ResidentIdNumber.Create(holder.Division, holder.BirthDate, (holder.SequenceCode + 1) % 1000);
        var category = (int)number.Category;
        var grade = number.Grade.Level;
        var count = number.ReissueCount;

        AssertDiffers(number, NumberOf(otherHolder, category, grade, count));
        AssertDiffers(number, NumberOf(holder, (category % 7) + 1, grade, count));
        AssertDiffers(number, NumberOf(holder, category, (grade % 4) + 1, count));
        AssertDiffers(number, NumberOf(holder, category, grade, count == int.MaxValue ? 0 : count + 1));
    }

    [Fact]
    public void Equals_OtherTypesAndTheDefault_AreNotEqual()
    {
        var number = CertificateNumber.Parse("11010519491231002X62");

        Assert.False(number.Equals("11010519491231002X62"));
        Assert.False(number.Equals(null));
        Assert.False(number.Equals(default(CertificateNumber)));
        Assert.True(default(CertificateNumber).Equals(default(CertificateNumber)));
        Assert.False(default(CertificateNumber).IsInitialised);
        Assert.True(number.IsInitialised);
    }

    private static CertificateNumber NumberOf(ResidentIdNumber holder, int category, int grade, int reissueCount) =>
        CertificateNumber.Parse(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{holder.ToUnmaskedString()}{category}{grade}{(reissueCount == 0 ? "" : $"B{reissueCount}")}"));

    private static void AssertDiffers(CertificateNumber left, CertificateNumber right)
    {
        Assert.False(left.Equals(right), $"{left} equals {right}");
        Assert.False(left == right);
        Assert.True(left != right);
    }
}

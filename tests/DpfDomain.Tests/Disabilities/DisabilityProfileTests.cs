using DpfDomain.Disabilities;

namespace DpfDomain.Tests.Disabilities;

public sealed class DisabilityProfileTests
{
    [DomainProperty]
    public void Grade_AnyProfile_IsTheMostSevereComponentGrade(DisabilityProfile profile)
    {
        var worst = profile.Components.Min(c => c.Grade.Level);

        Assert.Equal(worst, profile.Grade.Level);
        Assert.Equal(worst <= 2, profile.IsSevere);
        Assert.Equal(profile.Components.Count > 1, profile.IsMultiple);
        Assert.Equal(profile.IsMultiple ? DisabilityCategory.Multiple : profile.Components[0].Category, profile.Category);
    }

    [DomainProperty]
    public void Includes_AnyProfile_HoldsExactlyForItsComponentCategories(DisabilityProfile profile)
    {
        foreach (var category in DisabilityCategoryInfo.Components)
        {
            Assert.Equal(profile.Components.Any(c => c.Category == category), profile.Includes(category));
        }

        Assert.Equal(profile.IsMultiple, profile.Includes(DisabilityCategory.Multiple));
        Assert.Equal(profile.Includes(DisabilityCategory.Visual) ? CoverColour.Red : CoverColour.Green, profile.CoverColour);
    }

    [DomainProperty]
    public void Multiple_ComponentsInAnyOrder_AreEqual(DisabilityProfile profile)
    {
        if (!profile.IsMultiple)
        {
            return;
        }

        var reversed = DisabilityProfile.Multiple(profile.Components.Reverse());

        Assert.Equal(profile, reversed);
        Assert.Equal(profile.GetHashCode(), reversed.GetHashCode());
    }

    [Fact]
    public void Multiple_MentalAndPhysical_IsGradedByTheWorstAndIncludesMental()
    {
        var profile = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Physical, DisabilityGrade.Four),
            new Disability(DisabilityCategory.Mental, DisabilityGrade.Two));

        Assert.Equal(DisabilityCategory.Multiple, profile.Category);
        Assert.Equal(DisabilityGrade.Two, profile.Grade);
        Assert.True(profile.Includes(DisabilityCategory.Mental));
        Assert.False(profile.Includes(DisabilityCategory.Hearing));
        Assert.Equal(DisabilityGrade.Four, profile.GradeOf(DisabilityCategory.Physical));
        Assert.Null(profile.GradeOf(DisabilityCategory.Visual));
        Assert.Equal("Multiple grade 2 (多重残疾二级): Physical grade 4 (肢体残疾四级) + Mental grade 2 (精神残疾二级)", profile.ToString());
    }

    [Fact]
    public void Multiple_OneComponent_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => DisabilityProfile.Multiple(new Disability(DisabilityCategory.Visual, DisabilityGrade.One)));

        Assert.Contains("at least two components", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_RepeatedCategory_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Visual, DisabilityGrade.One),
            new Disability(DisabilityCategory.Visual, DisabilityGrade.Three)));

        Assert.Contains("Visual (视力残疾) appears 2 times", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disability_MultipleCategory_IsNotASingleDisability()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Disability(DisabilityCategory.Multiple, DisabilityGrade.One));
        Assert.Throws<ArgumentException>(() => new Disability(DisabilityCategory.Visual, default));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Grade_OutOfRange_Throws(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisabilityGrade(level));
    }

    [Theory]
    [InlineData(1, true, "一级")]
    [InlineData(2, true, "二级")]
    [InlineData(3, false, "三级")]
    [InlineData(4, false, "四级")]
    public void Grade_SevereIsOneOrTwo(int level, bool severe, string chinese)
    {
        var grade = new DisabilityGrade(level);

        Assert.Equal(severe, grade.IsSevere);
        Assert.Equal(chinese, grade.ChineseName);
    }

    [Fact]
    public void Grade_Default_IsNotAGrade()
    {
        Assert.Throws<InvalidOperationException>(() => default(DisabilityGrade).Level);
        Assert.Throws<InvalidOperationException>(() => default(DisabilityGrade).IsSevere);
    }

    [Fact]
    public void Categories_HaveCodesAndNames()
    {
        Assert.Equal(7, DisabilityCategoryInfo.All.Count);
        Assert.Equal("精神残疾", DisabilityCategory.Mental.ChineseName());
        Assert.Equal("Multiple", DisabilityCategory.Multiple.EnglishName());
        Assert.Equal(DisabilityCategory.Speech, DisabilityCategoryInfo.FromCode(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisabilityCategoryInfo.FromCode(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DisabilityCategory)0).ChineseName());
    }
}

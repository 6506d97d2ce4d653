using DpfDomain.Disabilities;

namespace DpfDomain.Tests.Disabilities;

/// <summary>Single disabilities and the arguments a profile refuses.</summary>
public sealed class DisabilityTests
{
    private static readonly Disability VisualTwo = new(DisabilityCategory.Visual, DisabilityGrade.Two);
    private static readonly Disability HearingThree = new(DisabilityCategory.Hearing, DisabilityGrade.Three);

    [Fact]
    public void Equality_SameCategoryAndGrade_IsEqual()
    {
        Assert.True(VisualTwo == new Disability(DisabilityCategory.Visual, DisabilityGrade.Two));
        Assert.False(VisualTwo != new Disability(DisabilityCategory.Visual, DisabilityGrade.Two));
        Assert.True(VisualTwo != HearingThree);
        Assert.True(VisualTwo != new Disability(DisabilityCategory.Visual, DisabilityGrade.Three));
    }

    [Fact]
    public void ToString_InitialisedAndDefault()
    {
        Assert.Equal("Visual grade 2 (视力残疾二级)", VisualTwo.ToString());
        Assert.Equal("(uninitialised disability)", default(Disability).ToString());
    }

    [Fact]
    public void Of_UninitialisedDisability_Throws()
    {
        Assert.Equal("disability", Assert.Throws<ArgumentException>(() => DisabilityProfile.Of(default(Disability))).ParamName);
    }

    [Fact]
    public void Multiple_NullOrUninitialisedComponent_Throws()
    {
        Assert.Equal("components", Assert.Throws<ArgumentNullException>(() => DisabilityProfile.Multiple((IEnumerable<Disability>)null!)).ParamName);
        Assert.Throws<ArgumentException>(() => DisabilityProfile.Multiple(VisualTwo, default));
        Assert.Throws<ArgumentException>(() => DisabilityProfile.Multiple(default, VisualTwo, HearingThree));
    }

    [Fact]
    public void GetHashCode_EqualProfilesAgreeAndDifferentOnesDiffer()
    {
        var multiple = DisabilityProfile.Multiple(VisualTwo, HearingThree);

        Assert.Equal(multiple.GetHashCode(), DisabilityProfile.Multiple(HearingThree, VisualTwo).GetHashCode());
        Assert.NotEqual(multiple.GetHashCode(), DisabilityProfile.Of(VisualTwo).GetHashCode());
        Assert.NotEqual(DisabilityProfile.Of(VisualTwo).GetHashCode(), DisabilityProfile.Of(HearingThree).GetHashCode());
    }

    [Fact]
    public void ToString_Multiple_NamesTheGradeAndEachComponent()
    {
        var multiple = DisabilityProfile.Multiple(HearingThree, VisualTwo);

        Assert.Equal("Multiple grade 2 (多重残疾二级): Visual grade 2 (视力残疾二级) + Hearing grade 3 (听力残疾三级)", multiple.ToString());
        Assert.Equal("Visual grade 2 (视力残疾二级)", DisabilityProfile.Of(VisualTwo).ToString());
    }
}

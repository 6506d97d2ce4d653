using DpfDomain.Disabilities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Tests.Disabilities;

public sealed class DisabilityGradeTests
{
    private static Arbitrary<(int Left, int Right)> LevelPairs =>
        (from left in Gen.Choose(1, 4)
         from right in Gen.Choose(1, 4)
         select (left, right)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Operators_AnyTwoGrades_AgreeWithTheOrderOfTheirNumbers() =>
        Prop.ForAll(LevelPairs, levels =>
        {
            var (a, b) = levels;
            var left = new DisabilityGrade(a);
            var right = new DisabilityGrade(b);

            Assert.Equal(a < b, left < right);
            Assert.Equal(a > b, left > right);
            Assert.Equal(a <= b, left <= right);
            Assert.Equal(a >= b, left >= right);
            Assert.Equal(a == b, left == right);
            Assert.Equal(a != b, left != right);
            Assert.Equal(a == b, left.Equals(right));
            Assert.Equal(a == b, left.Equals((object)right));
            Assert.Equal(a == b, left.GetHashCode() == right.GetHashCode());
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(left.CompareTo(right)));
            Assert.Equal(Math.Min(a, b), DisabilityGrade.MostSevere(left, right).Level);
        });

    [Theory]
    [InlineData(1, true, "一级")]
    [InlineData(2, true, "二级")]
    [InlineData(3, false, "三级")]
    [InlineData(4, false, "四级")]
    public void Grade_EachLevel_HasItsSeverityAndNames(int level, bool severe, string chineseName)
    {
        var grade = new DisabilityGrade(level);

        Assert.Equal(level, grade.Level);
        Assert.Equal(severe, grade.IsSevere);
        Assert.Equal(chineseName, grade.ChineseName);
        Assert.Equal($"grade {level} ({chineseName})", grade.ToString());
        Assert.True(grade.IsInitialised);
    }

    [Fact]
    public void NamedGrades_AreTheLevelsOneToFour()
    {
        Assert.Equal(1, DisabilityGrade.One.Level);
        Assert.Equal(2, DisabilityGrade.Two.Level);
        Assert.Equal(3, DisabilityGrade.Three.Level);
        Assert.Equal(4, DisabilityGrade.Four.Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(260)]
    public void Constructor_LevelOutsideOneToFour_Throws(int level)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new DisabilityGrade(level));

        Assert.Equal("level", exception.ParamName);
        Assert.Equal(level, exception.ActualValue);
    }

    [Fact]
    public void Default_IsNotAGrade()
    {
        var grade = default(DisabilityGrade);

        Assert.False(grade.IsInitialised);
        Assert.Throws<InvalidOperationException>(() => grade.Level);
        Assert.Throws<InvalidOperationException>(() => grade.IsSevere);
        Assert.Throws<InvalidOperationException>(() => grade.ChineseName);
        Assert.Equal("(uninitialised grade)", grade.ToString());
        Assert.NotEqual(DisabilityGrade.One, grade);
        Assert.True(grade < DisabilityGrade.One);
    }

    [Fact]
    public void Equals_OtherTypes_IsFalse()
    {
        Assert.False(DisabilityGrade.Two.Equals(2));
        Assert.False(DisabilityGrade.Two.Equals(null));
    }
}

using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Sex.Female)]
    [InlineData("440524188001010014", 1880, 1, 1, Sex.Male)]
    public void Parse_StandardExamples_AreValid(string text, int year, int month, int day, Sex sex)
    {
        var id = ResidentIdNumber.Parse(text);

        Assert.Equal(text, id.ToUnmaskedString());
        Assert.Equal(new LocalDate(year, month, day), id.BirthDate);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(text[..6], id.Division.Value);
    }

    [Fact]
    public void TryParse_RegulationExample_IsRejectedBecauseTheCheckCharacterShouldBe7()
    {
        var result = ResidentIdNumber.TryParse("123456197011110013");

        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.CheckCharacter, result.Error.Kind);
        Assert.Equal(18, result.Error.Position);
        Assert.Equal("The check character (character 18) is 3, expected 7; a digit was probably mistyped.", result.Error.Message);
        Assert.Contains("应为7", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LowerCaseX_IsAcceptedAndNormalised()
    {
        var id = ResidentIdNumber.Parse("11010519491231002x");

        Assert.Equal("11010519491231002X", id.ToUnmaskedString());
        Assert.Equal('X', id.CheckCharacter);
    }

    [Fact]
    public void Parse_LegacyFifteenDigits_InsertsNineteenAndComputesTheCheckCharacter()
    {
        var id = ResidentIdNumber.Parse("110105491231002");

        Assert.Equal("11010519491231002X", id.ToUnmaskedString());
        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);
    }

    [Theory]
    [InlineData(null, ParseErrorKind.Empty, null)]
    [InlineData("", ParseErrorKind.Empty, null)]
    [InlineData("1101051949123100", ParseErrorKind.Length, null)]
    [InlineData("11010519491231002X1", ParseErrorKind.Length, null)]
    [InlineData("1101051949A231002X", ParseErrorKind.Character, 11)]
    [InlineData(" 1010519491231002X", ParseErrorKind.Character, 1)]
    [InlineData("11010519491231002Y", ParseErrorKind.Character, 18)]
    [InlineData("11010519491231X02X", ParseErrorKind.Character, 15)]
    [InlineData("11010549123100A", ParseErrorKind.Character, 15)]
    [InlineData("99010519491231002X", ParseErrorKind.Province, 1)]
    [InlineData("16010519491231002X", ParseErrorKind.Province, 1)]
    [InlineData("11010519491331002X", ParseErrorKind.BirthDate, 7)]
    [InlineData("11010519490230002X", ParseErrorKind.BirthDate, 7)]
    [InlineData("11010519000229002X", ParseErrorKind.BirthDate, 7)]
    [InlineData("11010517991231002X", ParseErrorKind.BirthDate, 7)]
    [InlineData("11010519491200002X", ParseErrorKind.BirthDate, 7)]
    [InlineData("110105491331002", ParseErrorKind.BirthDate, 7)]
    [InlineData("110105194912310021", ParseErrorKind.CheckCharacter, 18)]
    public void TryParse_InvalidText_NamesTheProblemAndPosition(string? text, ParseErrorKind kind, int? position)
    {
        var result = ResidentIdNumber.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(position, result.Error.Position);
        Assert.EndsWith(".", result.Error.Message, StringComparison.Ordinal);
        Assert.EndsWith("。", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ImpossibleDay_SaysHowManyDaysTheMonthHas()
    {
        var result = ResidentIdNumber.TryParse("11010519490230002X");

        Assert.Equal("The birth date (from character 7) is impossible: month 02 of that year has 28 days, not 30.", result.Error!.Message);
    }

    [Fact]
    public void TryParse_LeapDay_IsAcceptedInALeapYear()
    {
        var body = "11010520000229002";
        var id = ResidentIdNumber.Parse(body + ResidentIdNumber.ComputeCheckCharacter(body));

        Assert.Equal(new LocalDate(2000, 2, 29), id.BirthDate);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionCarryingTheError()
    {
        var exception = Assert.Throws<DpfFormatException>(() => ResidentIdNumber.Parse("123456197011110013"));

        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(ParseErrorKind.CheckCharacter, exception.Error.Kind);
        Assert.DoesNotContain("123456197011110013", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FromParts_ComputesTheCheckCharacter()
    {
        var id = ResidentIdNumber.Create(DivisionCode.Parse("110105"), new LocalDate(1949, 12, 31), 2);

        Assert.Equal("11010519491231002X", id.ToUnmaskedString());
    }

    [Fact]
    public void Create_SequenceOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create(DivisionCode.Parse("110105"), new LocalDate(1949, 12, 31), 1000));
    }

    [Fact]
    public void ComputeCheckCharacter_NotSeventeenDigits_Throws()
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckCharacter("1101051949123100"));
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckCharacter("1101051949123100A"));
    }

    [Fact]
    public void ToString_MasksTheMiddle()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");

        Assert.Equal("110105********002X", id.ToString());
        Assert.Equal($"{id}", id.Masked);
    }

    [Fact]
    public void Default_IsNotANumber()
    {
        var id = default(ResidentIdNumber);

        Assert.False(id.IsInitialised);
        Assert.Throws<InvalidOperationException>(() => id.BirthDate);
        Assert.Throws<InvalidOperationException>(() => id.ToUnmaskedString());
        Assert.Equal("(uninitialised identity number)", id.ToString());
    }

    [Fact]
    public void Equality_SameDigits_AreEqual()
    {
        var a = ResidentIdNumber.Parse("11010519491231002X");
        var b = ResidentIdNumber.Parse("11010519491231002x");
        var c = ResidentIdNumber.Parse("440524188001010014");

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals((object)c));
    }
}

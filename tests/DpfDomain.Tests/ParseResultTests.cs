using DpfDomain.Identity;

namespace DpfDomain.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void Success_GivesItsValueEveryWay()
    {
        var result = DivisionCode.TryParse("340123");

        Assert.True(result.Success);
        Assert.Null(result.Error);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(DivisionCode.Parse("340123"), value);
        Assert.Equal("Success: 340123", result.ToString());
    }

    [Fact]
    public void Failure_GivesNoValueAndSaysWhy()
    {
        var result = DivisionCode.TryParse("34012");

        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal("Failure: A division code has 6 digits; this one has 5 characters.", result.ToString());
        Assert.Equal(result.Error.Message, result.Error.ToString());
        var exception = Assert.Throws<DpfFormatException>(() => result.Value);
        Assert.Same(result.Error, exception.Error);
        Assert.Equal(result.Error.Message, exception.Message);
    }

    [Fact]
    public void Cast_Success_IsRefused()
    {
        var success = DivisionCode.TryParse("340123");
        var failure = DivisionCode.TryParse("34012");

        Assert.Throws<InvalidOperationException>(() => success.Cast<int>());
        Assert.Same(failure.Error, failure.Cast<int>().Error);
    }

    [Fact]
    public void FormatException_NullError_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new DpfFormatException(null!));
    }
}

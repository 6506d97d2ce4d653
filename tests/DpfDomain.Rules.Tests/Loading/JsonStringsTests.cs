using System.Text;
using System.Text.Json;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>The explicit test for strings that are not text agrees with System.Text.Json's own refusal to decode them.</summary>
public sealed class JsonStringsTests
{
    [Theory]
    [InlineData("\"plain\"", true)]
    [InlineData("\"\\u4e2d\\u6587\"", true)]
    [InlineData("\"\\ud83d\\ude00\"", true)]
    [InlineData("\"a\\n\\\\u0041\"", true)]
    [InlineData("\"\\ud800\"", false)]
    [InlineData("\"\\udc00\"", false)]
    [InlineData("\"\\ud800x\"", false)]
    [InlineData("\"\\ud800\\u0041\"", false)]
    [InlineData("\"\\ude00\\ud83d\"", false)]
    [InlineData("\"x\\ud83d\\ude00\\ud800\"", false)]
    public void TryGetString_IsNullExactlyWhenTheReaderCannotDecodeTheString(string json, bool isText)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        var text = JsonStrings.TryGetString(ref reader);

        Assert.Equal(isText, text is not null);
        Assert.Equal(isText, Decodes(bytes));
    }

    [Fact]
    public void TryGetString_IsNullForBytesThatAreNotUtf8()
    {
        byte[] bytes = [(byte)'"', 0xC3, 0x28, (byte)'"'];

        var reader = new Utf8JsonReader(bytes);
        reader.Read();

        Assert.Null(JsonStrings.TryGetString(ref reader));
    }

    private static bool Decodes(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

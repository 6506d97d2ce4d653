using System.Text;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>The one encoding reader of every file staff save, deciding on a sample of a stream (a roll) and on a whole file.</summary>
public sealed class TextEncodingsTests
{
    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Theory]
    [InlineData("H1,王芳", 1)]
    [InlineData("H1,王芳a", 0)]
    [InlineData("H1,王芳ab", 0)]
    public void Detect_SampleEndingInsideAGb18030Character_IsGb18030(string tail, int cut)
    {
        var bytes = Gb18030().GetBytes("户号,姓名\r\n" + tail);

        var encoding = TextEncodings.Detect(bytes.AsSpan(0, bytes.Length - cut), complete: false);

        Assert.Equal(54936, encoding?.CodePage);
    }

    [Fact]
    public void Detect_Utf8SampleDamagedAfterChineseText_IsUtf8_SoThatOnlyTheDamagedRowIsRejected()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("户号,姓名\r\nH1,王"), 0xC0, .. "\r\n"u8.ToArray()];

        Assert.Equal(65001, TextEncodings.Detect(bytes, complete: true)?.CodePage);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'{', 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'{', 0, (byte)'}', 0 })]
    public void Detect_Utf32OrUtf16WithoutItsMark_IsRefused(byte[] bytes) =>
        Assert.Null(TextEncodings.Detect(bytes, complete: true));

    [Fact]
    public void Decode_ValidBothWays_IsUtf8()
    {
        // "Æ¶" in UTF-8 is C3 86 C2 B6, which GB18030 reads as two other characters.
        var bytes = Encoding.UTF8.GetBytes("{ \"A\": \"Æ¶\" }");

        var decoded = TextEncodings.Decode(bytes);

        Assert.Equal(("UTF-8", "{ \"A\": \"Æ¶\" }"), (decoded.EncodingName, Encoding.UTF8.GetString(decoded.Utf8)));
    }

    [Theory]
    [InlineData("GB18030", "GB18030/GBK")]
    [InlineData("utf-16", "UTF-16 LE")]
    [InlineData("utf-16BE", "UTF-16 BE")]
    [InlineData("utf-8-bom", "UTF-8 (BOM)")]
    public void Decode_AFileSavedOnChineseWindows_IsItsTextAsUtf8WithoutAMark(string encoding, string name)
    {
        const string Text = "{ \"名称\": \"贫困精神残疾人服药补助\" }\r\n";

        var decoded = TextEncodings.Decode(PlainSyntaxMessageTests.Encode(Text, encoding));

        Assert.Equal((name, Text, (object?)null), (decoded.EncodingName, Encoding.UTF8.GetString(decoded.Utf8), (object?)decoded.Refusal));
    }

    [Fact]
    public void Decode_GbkFileWithABadByte_IsRefusedAtThatByte_CountedInGbkCharacters()
    {
        byte[] bytes = [.. Gb18030().GetBytes("{\r\n  \"名称\": \"精神"), 0xFF, .. Gb18030().GetBytes("残疾\" }")];

        var refusal = TextEncodings.Decode(bytes).Refusal;

        Assert.NotNull(refusal);
        Assert.Equal((2, 12), (refusal.Position.Line, refusal.Position.Column));
        Assert.Contains("FF", refusal.Problem.Detail.Chinese, StringComparison.Ordinal);
    }
}

using System.Text;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool.Tests;

/// <summary>dpf over files saved as Notepad and WPS save them on Chinese Windows: the same results as their UTF-8 twins.</summary>
public sealed class EncodingTests
{
    [Theory]
    [InlineData("GB18030")]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public void ReferenceCatalogAndItsCases_SavedInAnotherEncoding_ValidateAndPass_LikeTheUtf8Twin(string encoding)
    {
        var utf8 = Directory.CreateTempSubdirectory("dpf-utf8-").FullName;
        var other = Directory.CreateTempSubdirectory("dpf-encoded-").FullName;
        try
        {
            ReferenceCatalog.WriteTo(utf8);
            foreach (var name in ReferenceCatalog.FileNames)
            {
                File.WriteAllBytes(Path.Combine(other, name), Encode(ReferenceCatalog.Read(name), encoding));
            }

            var (validated, validation, _) = DpfCommandTests.Dpf("validate", other, "--lang", "zh-CN");
            var (tested, testOutput, _) = DpfCommandTests.Dpf("test", other, "--lang", "zh-CN");
            var (_, twinTestOutput, _) = DpfCommandTests.Dpf("test", utf8, "--lang", "zh-CN");

            Assert.Equal(0, validated);
            Assert.DoesNotContain("DPF", validation, StringComparison.Ordinal);
            Assert.Equal(0, tested);
            Assert.Equal(twinTestOutput.Replace(utf8, "<folder>", StringComparison.Ordinal), testOutput.Replace(other, "<folder>", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(utf8, recursive: true);
            Directory.Delete(other, recursive: true);
        }
    }

    private static byte[] Encode(string text, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.GetEncoding(encoding).GetBytes(text),
        };
    }
}

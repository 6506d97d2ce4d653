using System.Security;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>The system's English reasons for refusing a file are said in plain Chinese.</summary>
public sealed class SystemReasonsTests
{
    public static TheoryData<Exception, string> Reasons => new()
    {
        { new UnauthorizedAccessException("Access to the path '/x' is denied."), "没有访问权限（请检查文件是否只读，或是否有权限读写该文件夹）" },
        { new SecurityException("Denied."), "没有访问权限（请检查文件是否只读，或是否有权限读写该文件夹）" },
        { new FileNotFoundException("Could not find file '/x'."), "文件或文件夹不存在" },
        { new DirectoryNotFoundException("Could not find a part of the path '/x'."), "文件或文件夹不存在" },
        { new PathTooLongException(), "路径太长" },
        { new IOException("The process cannot access the file '/x' because it is being used by another process."), "文件正被其他程序打开（例如 Excel 或 WPS），请先关闭它" },
        { new IOException("Sharing violation.", unchecked((int)0x80070020)), "文件正被其他程序打开（例如 Excel 或 WPS），请先关闭它" },
        { new IOException("No space left on device : '/x'"), "磁盘已满" },
        { new IOException("Something else went wrong."), "系统无法读写该文件" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void AReason_IsSaidInChinese_AndKeptInEnglish(Exception exception, string chinese)
    {
        var reason = SystemReasons.Of(exception);

        Assert.Equal(chinese, reason.Chinese);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", reason.English);
        Assert.False(string.IsNullOrWhiteSpace(reason.English));
    }

    [Fact]
    public void AnUnknownReason_KeepsTheSystemsEnglish_WithoutItsFullStop() =>
        Assert.Equal("Something else went wrong", SystemReasons.Of(new IOException("Something else went wrong.")).English);
}

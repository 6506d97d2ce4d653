using System;
using System.IO;
using System.Security;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// Why the system refused to open, read or write a file, in English and Chinese. The exceptions
/// of .NET speak English only; the usual causes are said in plain words (the file is open in
/// Excel or WPS, no permission, the disk is full), anything else in a plain Chinese sentence with
/// the system's English kept in the English half.
/// </summary>
internal static class SystemReasons
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);
    private const int DiskFull = unchecked((int)0x80070070);
    private const int HandleDiskFull = unchecked((int)0x80070027);

    /// <summary>The reason an exception of the file system gives, in both languages.</summary>
    /// <param name="exception">What the system threw.</param>
    /// <returns>The reason.</returns>
    public static BilingualText Of(Exception exception) => exception switch
    {
        UnauthorizedAccessException or SecurityException => new(
            "you may not read or write it here (access is denied)",
            "没有访问权限（请检查文件是否只读，或是否有权限读写该文件夹）"),
        FileNotFoundException or DirectoryNotFoundException => new(
            "it does not exist",
            "文件或文件夹不存在"),
        PathTooLongException => new(
            "its path is too long",
            "路径太长"),
        IOException { HResult: SharingViolation or LockViolation } => new(
            "another program has it open (for example Excel or WPS)",
            "文件正被其他程序打开（例如 Excel 或 WPS），请先关闭它"),
        IOException { HResult: DiskFull or HandleDiskFull } => new(
            "the disk is full",
            "磁盘已满"),
        IOException when exception.Message.Contains("being used by another process", StringComparison.Ordinal) => new(
            "another program has it open (for example Excel or WPS)",
            "文件正被其他程序打开（例如 Excel 或 WPS），请先关闭它"),
        IOException when exception.Message.Contains("No space left", StringComparison.Ordinal) => new(
            "the disk is full",
            "磁盘已满"),
        _ => new(exception.Message.TrimEnd('.'), "系统无法读写该文件"),
    };
}

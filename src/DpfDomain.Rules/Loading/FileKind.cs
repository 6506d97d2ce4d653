using System;
using System.Runtime.InteropServices;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Whether a path of length 0 is an empty regular file or a device, pipe or socket, which .NET
/// does not say: asked of the runtime's own <c>stat</c> shim on Unix (the file is not opened,
/// so a pipe cannot block). On Windows an existing path of length 0 is an empty file. When the
/// question cannot be asked, the answer is <see cref="Kind.Unknown"/>.
/// </summary>
internal static class FileKind
{
    /// <summary>What a path names.</summary>
    public enum Kind
    {
        /// <summary>Not known (the file vanished, or the runtime's shim is not there).</summary>
        Unknown,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A device, pipe, socket or anything else that is not a regular file.</summary>
        Special,
    }

    // The file-type bits of the shim's Mode (the POSIX values, which it normalises to).
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>The kind of the file at <paramref name="path"/>, links followed.</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Kind.Regular;
        }

        try
        {
            // The shim fills a FileStatus structure whose first two fields are Flags and Mode
            // (int32 each); the buffer is larger than the whole structure.
            var status = new byte[512];
            return Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), status) != 0
                ? Kind.Unknown
                : (BitConverter.ToInt32(status, 4) & TypeMask) == RegularType ? Kind.Regular : Kind.Special;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return Kind.Unknown;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] utf8Path, [Out] byte[] status);
}

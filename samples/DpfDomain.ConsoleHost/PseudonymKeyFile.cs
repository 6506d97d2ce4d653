using DpfDomain.Population.Outputs;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace DpfDomain.ConsoleHost;

/// <summary>Loads the pseudonym key, or creates one the first time (and says so, and where, once).</summary>
internal static class PseudonymKeyFile
{
    private const int MaximumKeyFileBytes = 4096;

    public static PersonKeys? Load(string path, bool mayCreate, IAnsiConsole console, ILogger logger)
    {
        if (File.Exists(path))
        {
            // A key is a line of Base64; anything else (an empty file, a pipe or a device, which
            // report no length, or a large file) is not read.
            var bytes = new FileInfo(File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path).Length;
            var text = bytes is > 0 and <= MaximumKeyFileBytes ? File.ReadAllText(path).Trim() : string.Empty;
            var key = new byte[Math.Max(text.Length, 1)];
            if (!Convert.TryFromBase64String(text, key, out var length) || length < PersonKeys.MinimumKeyBytes)
            {
                logger.BadKey(Path.GetFileName(path), PersonKeys.MinimumKeyBytes);
                return null;
            }

            return new PersonKeys(key.AsSpan(0, length));
        }

        if (!mayCreate)
        {
            console.MarkupLine($"[red]{Markup.Escape($"人员标识密钥文件 {path} 不存在。与上月对比时必须使用上月的密钥（--key-file）；新建的密钥对不上任何人。")}[/]");
            console.MarkupLine($"[red]{Markup.Escape($"The pseudonym key file {path} does not exist. A change list against last month needs last month's key (--key-file); a new key would match nobody.")}[/]");
            return null;
        }

        var created = PersonKeys.NewKey();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Convert.ToBase64String(created) + Environment.NewLine);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.KeyCreated(Path.GetFileName(path));
        return new PersonKeys(created);
    }
}

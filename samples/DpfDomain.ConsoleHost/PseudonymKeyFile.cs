using DpfDomain.Population.Outputs;
using Microsoft.Extensions.Logging;

namespace DpfDomain.ConsoleHost;

/// <summary>Loads the pseudonym key, or creates one the first time (and says so, and where, once).</summary>
internal static class PseudonymKeyFile
{
    public static PersonKeys? Load(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path).Trim();
            var key = new byte[Math.Max(text.Length, 1)];
            if (!Convert.TryFromBase64String(text, key, out var length) || length < PersonKeys.MinimumKeyBytes)
            {
                logger.BadKey(Path.GetFileName(path), PersonKeys.MinimumKeyBytes);
                return null;
            }

            return new PersonKeys(key.AsSpan(0, length));
        }

        var created = PersonKeys.NewKey();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Convert.ToBase64String(created) + Environment.NewLine);
        logger.KeyCreated(Path.GetFileName(path));
        return new PersonKeys(created);
    }
}

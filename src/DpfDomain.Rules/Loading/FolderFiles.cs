using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;

namespace DpfDomain.Rules.Loading;

/// <summary>Finds files in a folder tree without entering linked folders (which may lead back up, or to the whole disk) or folders that cannot be read.</summary>
internal static class FolderFiles
{
    /// <summary>
    /// The paths of the entries matching a pattern such as <c>*.cases.json</c>, in ordinal order:
    /// files, links and other entries, and also folders so named, which are listed (and their
    /// content searched too) so that reading them reports "a folder, not a file" at their path
    /// instead of skipping them in silence.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Find(string directory, string pattern)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0, MatchType = MatchType.Simple };
        var entries = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, ignoreCase: OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. entries.Order(StringComparer.Ordinal)];
    }
}

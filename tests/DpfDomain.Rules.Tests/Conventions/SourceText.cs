using System.Text.RegularExpressions;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Conventions;

/// <summary>The C# files of the repository's <c>src/</c> folder, read as text for convention tests.</summary>
internal static partial class SourceText
{
    /// <summary>Every .cs file under <c>src/</c> (or one project's folder), outside bin and obj, as (path relative to the root, text).</summary>
    public static IEnumerable<(string Path, string Text)> Files(params string[] under)
    {
        var folder = RepositoryFiles.PathOf(["src", .. under]);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(RepositoryFiles.PathOf(path))));
    }

    /// <summary>The code without comments and without the contents of string and character literals, so that words in them are not taken for code.</summary>
    public static string CodeOnly(string text) =>
        CommentOrLiteral().Replace(text, m => m.Value.StartsWith('/') ? string.Empty : m.Value[0] == '\'' ? "' '" : "\"\"");

    /// <summary>The text between a '(' at <paramref name="open"/> and its matching ')', or null when it is not closed.</summary>
    public static string? Parenthesised(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            depth += code[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return code[(open + 1)..i];
            }
        }

        return null;
    }

    [GeneratedRegex("""//[^\n]*|/\*.*?\*/|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'""", RegexOptions.Singleline)]
    private static partial Regex CommentOrLiteral();
}

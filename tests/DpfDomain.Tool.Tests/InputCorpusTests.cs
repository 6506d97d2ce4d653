using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Tool.Tests;

/// <summary>
/// The corpora of malformed person, employer and case files (<c>Corpora/Persons</c>,
/// <c>Corpora/Employers</c>, <c>Corpora/Cases</c>): one file per kind of mistake, with the
/// problem it must give in each folder's <c>expected.json</c>. Each file is read by its reader
/// (and a person or employer turned into the domain model, as <c>dpf explain</c> does) and given
/// to <c>dpf explain</c> or <c>dpf test</c> in English and in Chinese. A case file whose problem
/// can only be found against the program (<c>"when": "run"</c>) is read, run against the reference
/// P1 and given to <c>dpf test</c> beside the P1 rule set: each of its cases must be an invalid case.
/// </summary>
public sealed partial class InputCorpusTests(InputCorpusTests.Folders folders) : IClassFixture<InputCorpusTests.Folders>
{
    /// <summary>The fewest files the three corpora may have together; they only grow.</summary>
    private const int MinimumSize = 80;

    private static readonly string Root = Path.Combine(RepositoryRoot(), "tests", "DpfDomain.Tool.Tests", "Corpora");

    private static readonly IReadOnlyList<Kind> Kinds =
    [
        new("Persons", ".person.json", path => PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path))),
        new("Employers", ".employer.json", path => PersonInputMapper.ToDomain(CaseRunner.ReadEmployer(path))),
        new("Cases", CaseFile.FileSuffix, path => CaseRunner.Read(path)),
    ];

    private static readonly IReadOnlyDictionary<string, Expectation> Manifest = ReadManifests();

    private static readonly Lazy<RuleCatalog> P1 = new(() => RuleCatalog.Load([RuleSetSource.FromText("P1.ruleset.json", ReferenceCatalog.Read("P1.ruleset.json"))]));

    public static TheoryData<string> Files => new(Manifest.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void MalformedInput_ItsReaderThrowsACaseInputExceptionAtTheFirstProblem_InBothLanguages(string entry)
    {
        var expected = Manifest[entry];
        var path = Path.Combine(Root, entry);
        if (expected.AtRun)
        {
            MalformedCase_EveryCaseIsInvalidWhenRun(expected, path);
            return;
        }

        if (expected.InOneCase)
        {
            MalformedCase_OnlyThatCaseIsInvalid_TheOthersRun(expected, path);
            return;
        }

        var thrown = Record.Exception(() => expected.Kind.Read(path));

        var error = Assert.IsType<CaseInputException>(thrown);
        AssertFirstProblem(expected.Where(path), error.Message, path);
        AssertFirstProblem(expected.Where(path), error.MessageZh, path);
        Assert.Contains(expected.Says, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected.SaysZh, error.MessageZh, StringComparison.Ordinal);
        Assert.Matches(ChineseCharacter(), error.MessageZh);
        AssertClean(error.Message + error.MessageZh);
    }

    private static void MalformedCase_EveryCaseIsInvalidWhenRun(Expectation expected, string path)
    {
        var results = CaseRunner.Run(P1.Value, DivisionCode.Parse("340123"), CaseRunner.Read(path), Path.GetFileName(path));

        Assert.NotEmpty(results);
        Assert.All(results, result =>
        {
            var english = Assert.Single(result.Differences);
            var chinese = Assert.Single(result.DifferencesZh);
            Assert.StartsWith("invalid case: ", english, StringComparison.Ordinal);
            Assert.StartsWith("用例无效：", chinese, StringComparison.Ordinal);
            AssertFirstProblem(expected.Where(path), english, path);
            AssertFirstProblem(expected.Where(path), chinese, path);
            Assert.Contains(expected.Says, english, StringComparison.Ordinal);
            Assert.Contains(expected.SaysZh, chinese, StringComparison.Ordinal);
            Assert.Matches(ChineseCharacter(), chinese);
            AssertClean(english + chinese + result.Program + result.Name);
        });
    }

    private static void MalformedCase_OnlyThatCaseIsInvalid_TheOthersRun(Expectation expected, string path)
    {
        var file = CaseRunner.Read(path);
        var results = CaseRunner.Run(P1.Value, DivisionCode.Parse("340123"), file, Path.GetFileName(path));

        var invalid = Assert.Single(results, r => r.Decision is null);
        AssertFirstProblem(expected.Where(path), string.Join('\n', invalid.Differences), path);
        AssertFirstProblem(expected.Where(path), string.Join('\n', invalid.DifferencesZh), path);
        Assert.Contains(expected.Says, string.Join('\n', invalid.Differences), StringComparison.Ordinal);
        Assert.Contains(expected.SaysZh, string.Join('\n', invalid.DifferencesZh), StringComparison.Ordinal);
        Assert.All(invalid.Differences, d => Assert.StartsWith("invalid case: ", d, StringComparison.Ordinal));
        Assert.All(invalid.DifferencesZh, d => Assert.StartsWith("用例无效：", d, StringComparison.Ordinal));
        Assert.All(results.Where(r => r != invalid), r => Assert.True(r.Passed, string.Join("; ", r.Differences)));
        Assert.Equal(file.Cases.Count, results.Count);
        AssertClean(string.Concat(invalid.Differences.Concat(invalid.DifferencesZh)) + invalid.Name);
        Assert.Equal(invalid.Differences, Assert.Single(CaseRunner.Check(P1.Value, file, Path.GetFileName(path))).Differences);
        Assert.Equal(invalid.DifferencesZh, Assert.Single(CaseRunner.Check(null, file, Path.GetFileName(path))).DifferencesZh);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void MalformedInput_DpfExitsOneWithThePositionedMessage_InBothLanguages(string entry)
    {
        var expected = Manifest[entry];
        var (args, path) = expected.Kind.Folder switch
        {
            "Persons" => (new[] { "explain", folders.Rules, "--person", Path.Combine(Root, entry), "--date", "2019-06-30" }, Path.Combine(Root, entry)),
            "Employers" => (["explain", folders.Rules, "--employer", Path.Combine(Root, entry), "--date", "2019-06-30"], Path.Combine(Root, entry)),
            _ => CaseFolder(entry, expected.AtRun || expected.InOneCase),
        };

        // A case file is also checked by dpf validate, without running its cases, with the same positioned problem.
        var commands = expected.Kind.Folder == "Cases" ? new[] { args, ["validate", args[1]] } : [args];
        foreach (var command in commands)
        {
            foreach (var (lang, says) in new[] { ("en", expected.Says), ("zh-CN", expected.SaysZh) })
            {
                (int Code, string Output, string Error) run = (0, string.Empty, string.Empty);
                var thrown = Record.Exception(() => run = DpfCommandTests.Dpf([.. command, "--lang", lang]));

                Assert.Null(thrown);
                Assert.Equal(1, run.Code);
                var shown = expected.Kind.Folder == "Cases" ? run.Output : run.Error;
                AssertFirstProblem(expected.Where(path), shown, path);
                Assert.Contains(says, shown, StringComparison.Ordinal);
                AssertClean(run.Output + run.Error);
            }
        }
    }

    [Fact]
    public void Corpora_HaveAtLeast80Files_AndEveryFileHasAnEntryAndEveryEntryAFile()
    {
        var onDisk = Kinds
            .SelectMany(kind => Directory.EnumerateFiles(Path.Combine(Root, kind.Folder)).Select(file => $"{kind.Folder}/{Path.GetFileName(file)}"))
            .Where(name => !name.EndsWith("/expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(onDisk.Count >= MinimumSize, $"The corpora have {onDisk.Count} files; they must keep at least {MinimumSize}.");
        Assert.Equal(onDisk, Manifest.Keys.Order(StringComparer.Ordinal));
        Assert.All(Manifest, entry => Assert.EndsWith(entry.Value.Kind.Suffix, entry.Key, StringComparison.Ordinal));
        Assert.All(Kinds, kind => Assert.Contains(Manifest.Values, e => e.Kind == kind));
    }

    /// <summary>A folder for <c>dpf test</c> holding this one case file, under its own name.</summary>
    private (string[] Args, string Path) CaseFolder(string entry, bool withP1)
    {
        var folder = Path.Combine(folders.Cases, Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        if (withP1)
        {
            File.WriteAllText(Path.Combine(folder, "P1.ruleset.json"), ReferenceCatalog.Read("P1.ruleset.json"));
        }

        var copy = Path.Combine(folder, Path.GetFileName(entry));
        File.Copy(Path.Combine(Root, entry), copy);
        return (["test", folder], copy);
    }

    /// <summary>The first line of the message starting with the file's path and a colon (the first positioned problem; for a case, after "invalid case: ") starts with <paramref name="where"/>.</summary>
    private static void AssertFirstProblem(string where, string message, string path)
    {
        var first = message.Split('\n')
            .Select(line => line.TrimEnd('\r').TrimStart(' '))
            .Select(line => line.StartsWith("invalid case: ", StringComparison.Ordinal) ? line["invalid case: ".Length..] : line.StartsWith("用例无效：", StringComparison.Ordinal) ? line["用例无效：".Length..] : line)
            .FirstOrDefault(line => line.StartsWith(path + ":", StringComparison.Ordinal));
        Assert.True(first?.StartsWith(where, StringComparison.Ordinal) == true, $"Expected the first problem at \"{where}…\"; the message is:\n{message}");
    }

    /// <summary>No identity number and no invisible character (other than line breaks) in what is shown.</summary>
    private static void AssertClean(string shown)
    {
        Assert.DoesNotMatch(IdentityNumber(), shown);
        Assert.DoesNotContain(shown, c => c is not ('\n' or '\r') && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DpfDomain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with DpfDomain.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, Expectation> ReadManifests()
    {
        var entries = new Dictionary<string, Expectation>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, kind.Folder, "expected.json")));
            foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
            {
                var at = file.Value.GetProperty("at").GetString()!.Split(':');
                entries.Add($"{kind.Folder}/{file.Name}", new Expectation(
                    kind,
                    Enum.Parse<DiagnosticCode>(file.Value.GetProperty("code").GetString()!),
                    int.Parse(at[0], CultureInfo.InvariantCulture),
                    int.Parse(at[1], CultureInfo.InvariantCulture),
                    file.Value.GetProperty("says").GetString()!,
                    file.Value.GetProperty("saysZh").GetString()!,
                    file.Value.TryGetProperty("when", out var when) && when.GetString() == "run",
                    when.ValueKind == JsonValueKind.String && when.GetString() == "case"));
            }
        }

        return entries;
    }

    [GeneratedRegex("[\u4e00-\u9fff]")]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex("[0-9]{17}[0-9Xx]")]
    private static partial Regex IdentityNumber();

    /// <summary>One corpus: its folder, file suffix and reader.</summary>
    private sealed record Kind(string Folder, string Suffix, Action<string> Read);

    /// <summary>What one file must give: the code and position of the first problem, and fragments of both messages; whether it is found only when run, or in one case of the file only.</summary>
    private sealed record Expectation(Kind Kind, DiagnosticCode Code, int Line, int Column, string Says, string SaysZh, bool AtRun, bool InOneCase)
    {
        public string Where(string path) => string.Create(CultureInfo.InvariantCulture, $"{path}:{Line}:{Column}: DPF{(int)Code} ");
    }

    /// <summary>
    /// The folders the commands are run on: an empty rules folder, and beside it (not inside:
    /// rule sets and case files are found in subfolders too) one folder per case file for
    /// <c>dpf test</c>. The commands read the input only after loading the folder's rule sets;
    /// with none to compile, a run reaches the input at once, so that every file of the corpora
    /// goes through dpf in both languages in well under a second.
    /// </summary>
    public sealed class Folders : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "dpf-corpus-" + Path.GetRandomFileName());

        public Folders()
        {
            Directory.CreateDirectory(Rules);
            Directory.CreateDirectory(Cases);
        }

        public string Rules => Path.Combine(_root, "rules");

        public string Cases => Path.Combine(_root, "cases");

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}

using System.Text.RegularExpressions;
using DpfDomain.Rules.Catalog;
using DpfDomain.Tool.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Tool.Tests;

/// <summary>
/// Every shipped file — the nine rule sets, their case files, the example person and employer
/// files — with the mistakes staff make typing on Chinese Windows (full-width punctuation and
/// digits, ≥ for >=, a comma lost or added, a comment, a swapped letter) and saved as Notepad or WPS
/// save it (UTF-8 with or without a mark, GB18030, CR LF): dpf exits 0 or 1, in Chinese, with no
/// English parser text and no exception; a refused rule set is refused at a line and column.
/// </summary>
public sealed partial class TypingMistakeTests : IClassFixture<TypingMistakeTests.Folders>
{
    private readonly Folders _folders;

    public TypingMistakeTests(Folders folders) => _folders = folders;

    [Property(MaxTest = 30, QuietOnSuccess = true)]
    public Property Validate_ARuleSetWithTypingMistakes_AnswersInChineseWithAPosition() =>
        Prop.ForAll(Mistakes(RuleSetNames).ToArbitrary(), m =>
        {
            var folder = _folders.Fresh();
            File.WriteAllBytes(Path.Combine(folder, m.Name), m.Bytes);
            var run = DpfCommandTests.Dpf("validate", folder, "--lang", "zh-CN");
            var positioned = run.Code == 0 || Positioned().IsMatch(run.Output);
            return (Answered(run) && positioned).Label(Describe(m, run));
        });

    [Property(MaxTest = 30, QuietOnSuccess = true)]
    public Property Test_ACaseFileWithTypingMistakes_AnswersInChinese() =>
        Prop.ForAll(Mistakes(CaseFileNames).ToArbitrary(), m =>
        {
            File.WriteAllBytes(Path.Combine(_folders.Rules, "mutant.cases.json"), m.Bytes);
            var run = DpfCommandTests.Dpf("test", _folders.Rules, "--lang", "zh-CN");
            return Answered(run).Label(Describe(m, run));
        });

    [Property(MaxTest = 30, QuietOnSuccess = true)]
    public Property Explain_APersonOrEmployerFileWithTypingMistakes_AnswersInChinese() =>
        Prop.ForAll(Mistakes(ExampleNames).ToArbitrary(), m =>
        {
            var file = Path.Combine(_folders.Inputs, m.Name);
            File.WriteAllBytes(file, m.Bytes);
            var kind = m.Name.EndsWith(".employer.json", StringComparison.Ordinal) ? "--employer" : "--person";
            var run = DpfCommandTests.Dpf("explain", _folders.Rules, kind, file, "--date", "2019-06-30", "--lang", "zh-CN");
            return Answered(run).Label(Describe(m, run));
        });

    [Theory]
    [InlineData(',', '，')]
    [InlineData(':', '：')]
    [InlineData('1', '１')]
    [InlineData('>', '＞')]
    [InlineData('(', '（')]
    [InlineData(' ', '\u3000')]
    public void TheGenerator_TypesTheFullWidthTwin(char halfWidth, char fullWidth) =>
        Assert.Equal(fullWidth, TypingMistake.FullWidthOf(halfWidth));

    [Fact]
    public void TheGenerator_ChangesTheFile_ForEachKindOfMistake()
    {
        var text = Folders.Original("P1.ruleset.json");

        Assert.All(Enum.GetValues<TypingMistakeKind>(), kind => Assert.NotEqual(text, new TypingMistake(kind, 7, FileSaving.Utf8).Apply(text)));
    }

    private static string[] RuleSetNames => [.. ReferenceCatalog.FileNames.Where(n => n.EndsWith(".ruleset.json", StringComparison.Ordinal))];

    private static string[] CaseFileNames => [.. ReferenceCatalog.FileNames.Where(n => n.EndsWith(".cases.json", StringComparison.Ordinal))];

    private static string[] ExampleNames => [.. Directory.GetFiles(Folders.Examples).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static Gen<(string Name, byte[] Bytes, string Mistakes)> Mistakes(string[] names) =>
        from name in Gen.Elements(names)
        from several in TypingMistake.Several
        select (name, TypingMistake.Apply(Folders.Original(name), several.Mistakes, several.Saving), $"{string.Join(", ", several.Mistakes.Select(x => x.ToString()))}; saved {several.Saving}");

    /// <summary>Exit 0 or 1, no exception, and the Chinese answer holds none of the parser's English.</summary>
    private static bool Answered((int Code, string Output, string Error) run) =>
        run.Code is 0 or 1
        && !(run.Output + run.Error).Contains("Unhandled exception", StringComparison.Ordinal)
        && !ParserEnglish().IsMatch(run.Output + run.Error);

    private static string Describe((string Name, byte[] Bytes, string Mistakes) m, (int Code, string Output, string Error) run) =>
        $"{m.Name} ({m.Mistakes}): exit {run.Code}\n{run.Output}\n{run.Error}";

    /// <summary>A problem line: <c>file:line:col: DPF1xx</c>.</summary>
    [GeneratedRegex(@"^\S+:\d+:\d+: DPF\d{3} ", RegexOptions.Multiline)]
    private static partial Regex Positioned();

    /// <summary>Words of System.Text.Json's and the expression parser's English sentences.</summary>
    [GeneratedRegex(@"is invalid|Expected either|expected|LineNumber|BytePosition|Path: \$|Syntax error|not supported in this mode|Change the reader options|incompatible with|Unterminated")]
    private static partial Regex ParserEnglish();

    /// <summary>The reference catalog (rule sets only) and a place for the files under test.</summary>
    public sealed class Folders : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("dpf-typing-").FullName;
        private int _fresh;

        public Folders()
        {
            Rules = Directory.CreateDirectory(Path.Combine(_root, "rules")).FullName;
            Inputs = Directory.CreateDirectory(Path.Combine(_root, "inputs")).FullName;
            foreach (var name in RuleSetNames)
            {
                File.WriteAllText(Path.Combine(Rules, name), ReferenceCatalog.Read(name));
            }
        }

        public static string Examples => Path.Combine(Repository.Root, "docs", "examples", "persons");

        public string Rules { get; }

        public string Inputs { get; }

        public static string Original(string name) => name.Contains(".person.", StringComparison.Ordinal) || name.Contains(".employer.", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(Examples, name))
            : ReferenceCatalog.Read(name);

        /// <summary>A new folder holding the whole reference catalog's rule sets.</summary>
        public string Fresh()
        {
            var folder = Directory.CreateDirectory(Path.Combine(_root, $"validate-{Interlocked.Increment(ref _fresh)}")).FullName;
            foreach (var name in RuleSetNames)
            {
                File.Copy(Path.Combine(Rules, name), Path.Combine(folder, name));
            }

            return folder;
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}

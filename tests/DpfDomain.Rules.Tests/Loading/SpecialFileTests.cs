using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>Readers open only regular files: a pipe or a link to a device is refused at once with a bilingual problem at 1:1, a folder of rule sets with links is searched without going round in circles.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-special-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [UnixFact]
    public void RuleSetThatIsAPipe_IsRefusedWithoutBlocking()
    {
        var pipe = Path.Combine(_folder, "P1.ruleset.json");
        SpecialFiles.MakePipe(pipe);

        var diagnostics = SpecialFiles.Promptly(() => RuleCatalog.Validate([RuleSetSource.FromFile(pipe)]), pipe);

        AssertNotRegular(Assert.Single(diagnostics));
    }

    [UnixFact]
    public void RuleSetThatLinksToDevZero_IsRefusedWithoutBeingRead()
    {
        var link = Path.Combine(_folder, "P1.ruleset.json");
        SpecialFiles.LinkToZeros(link);

        var diagnostic = Assert.Single(SpecialFiles.Promptly(() => RuleCatalog.Validate([RuleSetSource.FromFile(link)])));

        // Read up to the 4 MB cap, it would be reported as too large; refused unopened, it is "not a regular file".
        AssertNotRegular(diagnostic);
        Assert.DoesNotContain("4 MB", diagnostic.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void FolderWithAPipeALinkToDevZeroAndALinkToARealRuleSet_LoadsTheRealOneAndReportsTheOthers()
    {
        File.WriteAllText(Path.Combine(_folder, "real.json"), ReferenceCatalog.Read("P1.ruleset.json"));
        File.CreateSymbolicLink(Path.Combine(_folder, "P1.ruleset.json"), Path.Combine(_folder, "real.json"));
        SpecialFiles.MakePipe(Path.Combine(_folder, "P2.ruleset.json"));
        SpecialFiles.LinkToZeros(Path.Combine(_folder, "P3.ruleset.json"));

        var diagnostics = SpecialFiles.Promptly(() => RuleCatalog.Validate(RuleSetSource.FromDirectory(_folder)), Path.Combine(_folder, "P2.ruleset.json"));

        Assert.Equal(["P2.ruleset.json", "P3.ruleset.json"], diagnostics.Select(d => Path.GetFileName(d.File)));
        Assert.All(diagnostics, AssertNotRegular);
    }

    [UnixFact]
    public void FolderWithALinkBackToItself_ListsEachRuleSetOnce()
    {
        File.WriteAllText(Path.Combine(_folder, "P1.ruleset.json"), ReferenceCatalog.Read("P1.ruleset.json"));
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "sub")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), _folder);
        File.WriteAllText(Path.Combine(_folder, "P1.cases.json"), ReferenceCatalog.Read("P1.cases.json"));

        Assert.Single(RuleSetSource.FromDirectory(_folder));
        Assert.Single(CaseRunner.FindCaseFiles(_folder));
    }

    [Fact]
    public void RuleSetThatIsAFolder_IsUnreadableAtTheStart()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "P1.ruleset.json")).FullName;

        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromFile(folder)]));

        Assert.Equal((DiagnosticCode.Unreadable, 1, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("文件夹", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderNamedLikeARuleSetOrACaseFile_IsListedAndReportedAsAFolderAtItsPath()
    {
        File.WriteAllText(Path.Combine(_folder, "P2.ruleset.json"), ReferenceCatalog.Read("P2.ruleset.json"));
        var ruleSetFolder = Directory.CreateDirectory(Path.Combine(_folder, "P1.ruleset.json")).FullName;
        var caseFolder = Directory.CreateDirectory(Path.Combine(_folder, "P1.cases.json")).FullName;

        var sources = RuleSetSource.FromDirectory(_folder);
        var diagnostic = Assert.Single(RuleCatalog.Validate(sources));
        var caseFiles = CaseRunner.FindCaseFiles(_folder);
        var caseError = Assert.Throws<CaseInputException>(() => CaseRunner.Read(Assert.Single(caseFiles)));

        Assert.Equal([ruleSetFolder, Path.Combine(_folder, "P2.ruleset.json")], sources.Select(s => s.Name));
        Assert.Equal((ruleSetFolder, DiagnosticCode.Unreadable, 1, 1), (diagnostic.File, diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal(("It is a folder, not a file.", "它是文件夹，不是文件。"), (diagnostic.Message, diagnostic.MessageZh));
        Assert.Equal([caseFolder], caseFiles);
        Assert.Contains($"{caseFolder}:1:1: DPF130 它是文件夹，不是文件。", caseError.MessageZh, StringComparison.Ordinal);
        Assert.Contains($"{caseFolder}:1:1: DPF130 It is a folder, not a file.", caseError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyRuleSetOrPersonFile_SaysItIsEmptyAndHowToRecoverIt()
    {
        var ruleSet = Path.Combine(_folder, "P1.ruleset.json");
        var person = Path.Combine(_folder, "p.person.json");
        File.WriteAllBytes(ruleSet, []);
        File.WriteAllBytes(person, []);

        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromFile(ruleSet)]));
        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(person));

        Assert.Equal((DiagnosticCode.Unreadable, 1, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal(
            $"{ruleSet}:1:1: DPF130 文件是空的（0 字节）：可能保存时出了问题。 修改建议：请重新保存该文件，或从 dpf init 写出的参考目录中复制一份。",
            diagnostic.Format(chinese: true));
        Assert.Equal(
            $"{ruleSet}:1:1: DPF130 The file is empty (0 bytes): saving it may have gone wrong. Fix: Save the file again, or copy it from the reference folder that dpf init writes.",
            diagnostic.Format(chinese: false));
        Assert.Contains($"{person}:1:1: DPF130 文件是空的（0 字节）", error.MessageZh, StringComparison.Ordinal);
    }

    [UnixFact]
    public void DeviceOfLengthZero_IsNotCalledAnEmptyFile()
    {
        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromFile("/dev/null")]));

        Assert.Equal("这不是普通的文件，而是系统的特殊项目（例如设备或管道），因此不读取。", diagnostic.MessageZh);
        Assert.Equal("This is not an ordinary file but a special system entry (a device or a pipe, for example), so it is not read.", diagnostic.Message);
    }

    [Fact]
    public void RuleSetLargerThanTheCap_IsRefusedFromItsLength()
    {
        var path = Path.Combine(_folder, "P1.ruleset.json");
        using (var file = File.Create(path))
        {
            file.SetLength(RuleSetSource.MaximumBytes + 1L);
        }

        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromFile(path)]));

        Assert.Equal((DiagnosticCode.Unreadable, 1, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("larger than 4 MB", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("超过 4 MB", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [UnixFact]
    public void PersonFileThatIsAPipe_IsACaseInputExceptionAtTheStart()
    {
        var pipe = Path.Combine(_folder, "person.json");
        SpecialFiles.MakePipe(pipe);

        var error = SpecialFiles.Promptly(() => Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(pipe)), pipe);

        Assert.Contains("person.json:1:1: DPF130", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an ordinary file", error.Message, StringComparison.Ordinal);
        Assert.Contains("不是普通的文件", error.MessageZh, StringComparison.Ordinal);
    }

    [UnixFact]
    public void CaseFileThatLinksToDevZero_IsACaseInputExceptionAtTheStart()
    {
        var link = Path.Combine(_folder, "P1.cases.json");
        SpecialFiles.LinkToZeros(link);

        var error = SpecialFiles.Promptly(() => Assert.Throws<CaseInputException>(() => CaseRunner.Read(link)));

        Assert.Contains("P1.cases.json:1:1: DPF130", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmployerFileLargerThanTheCap_IsRefusedWithTheCap()
    {
        var path = Path.Combine(_folder, "employer.json");
        using (var file = File.Create(path))
        {
            file.SetLength(CaseInputLimits.MaximumFileBytes + 1L);
        }

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadEmployer(path));

        Assert.Contains("employer.json:1:1: DPF130", error.Message, StringComparison.Ordinal);
        Assert.Contains("larger than 4 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPersonFile_SaysItDoesNotExist()
    {
        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(Path.Combine(_folder, "nobody.json")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("不存在", error.MessageZh, StringComparison.Ordinal);
    }

    private static void AssertNotRegular(RuleDiagnostic diagnostic)
    {
        Assert.Equal((DiagnosticCode.Unreadable, 1, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("not an ordinary file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("不是普通的文件", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.HintZh));
    }
}

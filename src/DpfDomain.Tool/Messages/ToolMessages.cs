using System.Globalization;
using System.Collections.Generic;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Tool.Messages;

/// <summary>What the commands of <c>dpf</c> say: bad values on the command line, missing files, and the results of validate, test, explain, facts, init and diff.</summary>
internal static class ToolMessages
{
    /// <summary>The value of --lang is neither Chinese nor English: said in both, since neither was chosen.</summary>
    public static ToolText LanguageNotSupported(string language) => new(
        $"--lang {language} is not supported: use zh-CN or en.",
        $"不支持 --lang {language}，请用 zh-CN 或 en。");

    /// <summary>After the usage errors of a command line.</summary>
    public static readonly ToolText RunHelp = new("Run dpf --help for usage.", "用法见 dpf --help。");

    /// <summary>A folder given on the command line does not exist.</summary>
    /// <summary>A file has more problems than are listed.</summary>
    public static ToolText MoreProblems(string file, int more) => new(
        string.Create(CultureInfo.InvariantCulture, $"{file}: {more:N0} more problem(s) not listed; fix the ones above first (later ones often follow from them)."),
        string.Create(CultureInfo.InvariantCulture, $"{file}：另有 {more:N0} 个问题未列出；请先改正上面的问题（后面的问题常由它们引起）。"));

    public static ToolText FolderMissing(string folder) => new($"The folder {folder} does not exist.", $"文件夹 {folder} 不存在。");

    /// <summary>A folder has no rule-set file.</summary>
    public static ToolText NoRuleSetFile(string folder) => new(
        $"No *{RuleSetSource.FileSuffix} file in {folder}.",
        $"{folder} 中没有 *{RuleSetSource.FileSuffix} 文件。");

    /// <summary>After the problems of rule sets that do not load, for a command that needs them.</summary>
    public static readonly ToolText FixRuleSetsFirst = new("The rule sets have problems; fix them first (dpf validate).", "规则集有问题，请先修正（dpf validate）。");

    /// <summary>--county is not a county-level code, with the reason (<see cref="LastTwoDigits"/> when the code itself is valid).</summary>
    public static ToolText NotACounty(string problem, string problemZh) => new(
        $"--county must be a county-level division code: {problem}",
        $"--county 须为县级行政区划代码：{problemZh}");

    /// <summary>Why a valid division code is not a county's.</summary>
    public static readonly ToolText LastTwoDigits = new("its last two digits are 00.", "末两位为00。");

    /// <summary>--date is not a date written yyyy-MM-dd.</summary>
    public static ToolText NotADate(string text) => new(
        $"--date must be written yyyy-MM-dd, e.g. 2019-06-30; \"{text}\" is not.",
        $"--date 应写作 yyyy-MM-dd（例如 2019-06-30），“{text}”不符合。");

    /// <summary><c>dpf validate</c> found nothing to check.</summary>
    public static ToolText NothingToCheck(string folder) => new(
        $"No *{RuleSetSource.FileSuffix} file in {folder}: nothing to check.",
        $"{folder} 中没有 *{RuleSetSource.FileSuffix} 文件，无可校验。");

    /// <summary>The last line of <c>dpf validate</c> without problems.</summary>
    public static ToolText CheckedWithoutProblems(int ruleSets, int caseFiles)
    {
        var files = Checked(ruleSets, caseFiles);
        return new($"{files.English}: no problems.", $"{files.Chinese}：没有问题。");
    }

    /// <summary>The last line of <c>dpf validate</c> with problems.</summary>
    public static ToolText CheckedWithProblems(int ruleSets, int caseFiles, int problems, int files)
    {
        var checkedFiles = Checked(ruleSets, caseFiles);
        return new(
            $"{checkedFiles.English}: {problems} problem(s) in {files} file(s).",
            $"{checkedFiles.Chinese}：{files} 个文件中共有 {problems} 个问题。");
    }

    /// <summary>A folder has no case file for <c>dpf test</c>.</summary>
    public static ToolText NoCaseFile(string folder) => new(
        $"No *{CaseFile.FileSuffix} file in {folder}.",
        $"{folder} 中没有 *{CaseFile.FileSuffix} 文件。");

    /// <summary>A case of <c>dpf test</c> passed.</summary>
    public static readonly ToolText Pass = new("PASS", "通过");

    /// <summary>A case of <c>dpf test</c> failed.</summary>
    public static readonly ToolText Fail = new("FAIL", "失败");

    /// <summary>The last line of <c>dpf test</c>.</summary>
    public static ToolText PassedAndFailed(int passed, int failed) => new($"{passed} passed, {failed} failed.", $"通过 {passed} 个，失败 {failed} 个。");

    /// <summary><c>dpf explain</c> was given both or neither of --person and --employer.</summary>
    public static readonly ToolText PersonOrEmployer = new("Give exactly one of --person and --employer.", "请且只能给出 --person 或 --employer 之一。");

    /// <summary>--program names no program of the folder.</summary>
    public static ToolText NoSuchProgram(string program, IEnumerable<string> programs) => new(
        $"There is no program {program}; the folder has {string.Join(", ", programs)}.",
        $"没有项目 {program}；现有项目：{string.Join("、", programs)}。");

    /// <summary>--program names an employer program for a person.</summary>
    public static ToolText EmployerProgram(string program) => new(
        $"{program} is evaluated for employers: give --employer instead of --person.",
        $"{program} 针对用人单位，请用 --employer 而不是 --person。");

    /// <summary>--program names a person program for an employer.</summary>
    public static ToolText PersonProgram(string program) => new(
        $"{program} is evaluated for people: give --person instead of --employer.",
        $"{program} 针对个人，请用 --person 而不是 --employer。");

    /// <summary>The first line of <c>dpf explain --person</c>, the identity number and name masked.</summary>
    public static ToolText PersonOn(string maskedId, string maskedName, string date) => new(
        $"Person {maskedId} {maskedName} on {date}:",
        $"{maskedName}（{maskedId}）于 {date}：");

    /// <summary>The first line of <c>dpf explain --employer</c>.</summary>
    public static ToolText EmployerOn(string employer, string date) => new($"{employer} on {date}:", $"{employer} 于 {date}：");

    /// <summary><c>dpf facts --markdown</c> was given a word too.</summary>
    public static ToolText MarkdownWithWord(string word) => new(
        $"--markdown prints the whole reference: leave out \"{word}\", or leave out --markdown to see the matching facts.",
        $"--markdown 输出完整的参考表：请去掉“{word}”，或去掉 --markdown 只看匹配的事实。");

    /// <summary>No fact matches the word of <c>dpf facts</c>.</summary>
    public static ToolText NoFactMatches(string word) => new(
        $"No fact's name or meaning contains \"{word}\". Run dpf facts to see them all.",
        $"没有名称或含义中含有“{word}”的事实。运行 dpf facts 可查看全部事实。");

    /// <summary>The heading of the person facts of <c>dpf facts</c>.</summary>
    public static readonly ToolText PersonFacts = new("Person facts: written Person.<name> in an expression, e.g. Person.Age >= 16", "人员事实：表达式中写作 Person.<名称>，例如 Person.Age >= 16");

    /// <summary>The heading of the employer facts of <c>dpf facts</c>.</summary>
    public static readonly ToolText EmployerFacts = new("Employer facts (the levy): written Employer.<name>, e.g. Employer.Headcount", "用人单位事实（就业保障金）：表达式中写作 Employer.<名称>，例如 Employer.Headcount");

    /// <summary>A fact of <c>dpf facts</c>: its name and type.</summary>
    public static ToolText Fact(string fact, string type, string typeZh) => new($"{fact}  ({type})", $"{fact}（{typeZh}）");

    /// <summary>The last line of <c>dpf facts</c>.</summary>
    public static ToolText FactCount(int count) => new(
        $"{count} facts. Facts are computed for the evaluation date and hold no identity number or name.",
        $"共 {count} 个事实。事实按评估日期计算，不含身份证号码或姓名。");

    /// <summary>The last line of <c>dpf facts</c> with a word.</summary>
    public static ToolText FactsMatching(int count, string word) => new(
        $"{count} fact(s) whose name or meaning contains \"{word}\".",
        $"名称或含义中含有“{word}”的事实共 {count} 个。");

    /// <summary><c>dpf init</c> was given a file.</summary>
    public static ToolText NotAFolder(string folder) => new($"{folder} is a file, not a folder.", $"{folder} 是文件而不是文件夹。");

    /// <summary><c>dpf init</c> would overwrite files.</summary>
    public static ToolText FilesExist(int count, string folder, string existing) => new(
        $"{count} file(s) already exist in {folder}, e.g. {existing}; nothing was written. Use --force to overwrite them.",
        $"{folder} 中已有 {count} 个同名文件（如 {existing}），未写入任何文件。如需覆盖请加 --force。");

    /// <summary><c>dpf init</c> could not write, with the system's reason.</summary>
    public static ToolText CatalogNotWritten(string error) => new($"The catalog could not be written: {error}", $"无法写出参考目录：{error}");

    /// <summary>After the files written by <c>dpf init</c>.</summary>
    public static readonly ToolText Written = new(
        "Written. Set the parameters marked 'local reference value' for your county (a new dated value, not an edit of history), update the expected amounts in the *.cases.json files that depend on them, then run dpf validate and dpf test.",
        "已写出。请按本县实际设定标注为“地方参考值”的参数（新增带日期的取值，不改动历史取值），同时修改 *.cases.json 中依赖这些参数的预期金额，然后运行 dpf validate 和 dpf test。");

    /// <summary>Before the example commands printed by <c>dpf init</c>.</summary>
    public static readonly ToolText TryTheExamples = new(
        "Try the example files (a person, 王某某, and an employer; edit them to try other cases):",
        "可用示例文件试一试（人员“王某某”和一家用人单位；修改其中的内容即可试别的情况）：");

    /// <summary><c>dpf diff</c> found no difference.</summary>
    public static readonly ToolText NoDifferences = new("No differences: the two folders mean the same rules.", "没有差别：两个文件夹的规则相同。");

    /// <summary>The last line of <c>dpf diff</c>.</summary>
    public static ToolText Differences(int count, int programs) => new(
        $"{count} difference(s) in {programs} program(s).",
        $"共 {programs} 个项目、{count} 处不同。");

    private static ToolText Checked(int ruleSets, int caseFiles) => new(
        $"{ruleSets} rule set(s) and {caseFiles} case file(s) checked",
        $"已校验 {ruleSets} 个规则集和 {caseFiles} 个用例文件");
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>Loads, checks and compiles rule-set sources, collecting every problem of every file.</summary>
internal static class RuleSetLoader
{
    /// <summary>
    /// Reads and checks one source, reporting into <paramref name="bag"/>: the checked rule set, or
    /// <see langword="null"/> when the file cannot be read, is not JSON, cannot be deserialised or
    /// is too large to compile. Its expressions are compiled by the next stage.
    /// </summary>
    public static CheckedRuleSet? Read(RuleSetSource source, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            bytes = source.ReadAllBytes();
        }
        catch (RuleSetSource.TooLargeException)
        {
            bag.Add(new SourcePosition(1, 1), DiagnosticCode.Unreadable, null, $"The file is larger than {RuleSetSource.MaximumBytes / (1024 * 1024)} MB, or endless (a link to a device); a rule set is a few kilobytes, so it is not read.", $"文件超过 {RuleSetSource.MaximumBytes / (1024 * 1024)} MB，或者读不到尽头（例如指向设备的链接）；规则集只有几 KB，因此不读取。", "Check that the path names the rule-set file itself.", "请确认路径指向的就是规则集文件本身。");
            return null;
        }
        catch (UnreadableFileException refused)
        {
            bag.Add(new SourcePosition(1, 1), DiagnosticCode.Unreadable, null, refused.Reason, refused.ReasonZh, refused.Hint, refused.HintZh);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            bag.Add(new SourcePosition(1, 1), DiagnosticCode.Unreadable, null, $"The rule set cannot be read: {exception.Message}", $"无法读取规则集：{exception.Message}", "Check that the file exists and can be read.", "请确认文件存在且可读取。");
            return null;
        }

        var lines = new SourceLines(bytes);
        var root = SourceParser.Parse(lines, SourceParser.RuleSetMaximumDepth, out var syntax);
        if (root is null)
        {
            var problem = syntax ?? new SyntaxError(new SourcePosition(1, 1), "The file is empty.", "文件为空。");
            bag.Add(problem.Position, DiagnosticCode.JsonSyntax, null, $"The file is not valid JSON: {problem.Message}", $"文件不是有效的 JSON：{problem.MessageZh}", "Check commas, quotes and brackets near this position; comments and trailing commas are not allowed.", "请检查该位置附近的逗号、引号和括号；不允许注释和末尾多余的逗号。");
            return null;
        }

        var shape = new ShapeValidator(RuleSetJson.Options, bag);
        shape.Validate(root, typeof(RuleSetDocument), string.Empty, null);
        var document = Deserialize(lines, bag);
        if (document is null)
        {
            if (!bag.HasErrors)
            {
                // "null" is valid JSON but no rule set: without this the program would silently vanish from the catalog.
                bag.Add(new SourcePosition(1, 1), DiagnosticCode.WrongType, null, "The file holds no rule set (its JSON is null).", "文件中没有规则集（其 JSON 内容为 null）。", "Write the rule set as one JSON object, as in the reference catalog.", "请按参考目录的样子，把规则集写成一个 JSON 对象。");
            }

            return null;
        }

        // Each later stage still runs after problems were found, so that one load reports them
        // all; a stage skips, explicitly, what earlier problems left absent (a null item of a
        // list, a misspelt key, a value that did not parse).
        var checker = new DocumentChecker(bag, root, shape.ObjectsWithUnknownKeys);
        checker.Check(document);
        if (!RuleSetSizeCheck.Check(document, root, bag))
        {
            return null;
        }

        var header = checker.EffectiveFrom == default || string.IsNullOrWhiteSpace(document.Program.Id)
            ? null
            : new ProgramHeader(document.Program.Id, document.Program.Version, checker.EffectiveFrom, checker.EffectiveUntil, source.Name, root);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new CheckedRuleSet(document, root, source.Name, hash, checker.EffectiveFrom, checker.EffectiveUntil, checker.ParameterValues, header);
    }

    private static RuleSetDocument? Deserialize(SourceLines lines, DiagnosticBag bag)
    {
        try
        {
            return JsonSerializer.Deserialize<RuleSetDocument>(lines.Text, bag.HasErrors ? RuleSetJson.Lenient : RuleSetJson.Options);
        }
        catch (JsonException exception) when (bag.HasErrors)
        {
            _ = exception;
            return null;
        }
        catch (JsonException exception)
        {
            bag.Add(lines.Of(exception), DiagnosticCode.WrongType, null, $"The file does not fit the rule-set format: {exception.Message}", $"文件不符合规则集格式：{exception.Message}", "Compare the file with the schema (dpf-ruleset.schema.json).", "请对照规则集格式（dpf-ruleset.schema.json）检查文件。");
            return null;
        }
    }

    /// <summary>Checks the files of one program against each other: duplicate versions, overlapping periods.</summary>
    public static IEnumerable<RuleDiagnostic> CheckAcrossFiles(IReadOnlyList<ProgramHeader> headers)
    {
        foreach (var group in headers.GroupBy(v => v.Id, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(v => v.From).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (earlier, later) = (ordered[j], ordered[i]);
                    var bag = new DiagnosticBag(later.Source);
                    var programNode = later.Root.Get("Program");
                    if (earlier.Version == later.Version)
                    {
                        bag.Add(programNode.Get("Version").Position, DiagnosticCode.DuplicateProgram, null, $"Program {later.Id} version {later.Version} is also defined in {earlier.Source}.", $"项目 {later.Id} 的版本 {later.Version} 已在 {earlier.Source} 中定义。", "Give each file of one program its own version and effective period, or delete the copy.", "同一项目的每个文件须有各自的版本号和有效期，或删除重复文件。");
                    }
                    else if (earlier.Until is null || earlier.Until >= later.From)
                    {
                        bag.Add(programNode.Get("EffectiveFrom").Position, DiagnosticCode.OverlappingPeriods, null, $"Program {later.Id} version {later.Version} starts on {later.From:uuuu-MM-dd}, while version {earlier.Version} ({earlier.Source}) is still in force then.", $"项目 {later.Id} 的版本 {later.Version} 自 {later.From:uuuu-MM-dd} 起生效，而版本 {earlier.Version}（{earlier.Source}）此时仍有效。", $"End version {earlier.Version} the day before (\"EffectiveUntil\": \"{later.From.PlusDays(-1):uuuu-MM-dd}\"), or start this one later.", $"请将版本 {earlier.Version} 的结束日期设为前一天（\"EffectiveUntil\": \"{later.From.PlusDays(-1):uuuu-MM-dd}\"），或推迟本版本的开始日期。");
                    }

                    foreach (var diagnostic in bag.Items)
                    {
                        yield return diagnostic;
                    }
                }
            }
        }
    }
}

/// <summary>What the cross-file checks need of a file, even one with problems of its own.</summary>
internal sealed record ProgramHeader(string Id, string Version, NodaTime.LocalDate From, NodaTime.LocalDate? Until, string Source, SourceNode Root);

using System.Reflection;
using System.Text;
using System.Text.Json;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Tool.Tests.Messages;

/// <summary>
/// The list of every message the rule tools can print, with an example of each: the problems of
/// the message catalogues (by code), the parts they are built from, and the tool's own words.
/// Found by reflection over the catalogue classes, so a new message is listed without being named
/// here; the examples call each factory with sample values chosen by parameter name.
/// </summary>
internal static class MessageList
{
    /// <summary>The example position of every problem.</summary>
    public const string ExampleFile = "P1.ruleset.json";

    private static readonly string[] CatalogueNamespaces = ["DpfDomain.Rules.Diagnostics.Messages", "DpfDomain.Rules.Authoring.Messages"];

    /// <summary>Every problem factory of the catalogues, with its example message.</summary>
    /// <remarks>A factory of a problem with a syntax detail (<see cref="DetailAndFix"/>) is listed once per detail, so that every syntax mistake has its example.</remarks>
    public static IReadOnlyList<(string Name, DiagnosticMessage Message)> Problems() =>
        [.. CatalogueClasses()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.ReturnType == typeof(DiagnosticMessage))
                .SelectMany(m => m.GetParameters().Any(p => p.ParameterType == typeof(DetailAndFix))
                    ? Details().Select(d => ($"{type.Name}.{m.Name} + {d.Name}", (DiagnosticMessage)m.Invoke(null, [.. m.GetParameters().Select(p => p.ParameterType == typeof(DetailAndFix) ? d.Detail : Sample(p))])!))
                    : [($"{type.Name}.{m.Name}", (DiagnosticMessage)m.Invoke(null, Arguments(m))!)]))
            .OrderBy(p => (int)p.Item2.Code)
            .ThenBy(p => p.Item1, StringComparer.Ordinal)];

    /// <summary>Every syntax detail of the catalogues (a <see cref="DetailAndFix"/> value or factory), with sample values.</summary>
    private static IEnumerable<(string Name, object Detail)> Details() =>
        CatalogueClasses().SelectMany(type =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DetailAndFix))
                .Select(f => ($"{type.Name}.{f.Name}", f.GetValue(null)!))
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Where(m => m.ReturnType == typeof(DetailAndFix))
                    .Select(m => ($"{type.Name}.{m.Name}", m.Invoke(null, Arguments(m))!))))
            .OrderBy(d => d.Item1, StringComparer.Ordinal);

    /// <summary>Every part of a message (a <see cref="BilingualText"/> value or factory) of the catalogues, with its example.</summary>
    public static IReadOnlyList<(string Name, BilingualText Text)> Parts()
    {
        var parts = new List<(string, BilingualText)>();
        foreach (var type in CatalogueClasses())
        {
            parts.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(BilingualText))
                .Select(f => ($"{type.Name}.{f.Name}", (BilingualText)f.GetValue(null)!)));
            parts.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(BilingualText))
                .Select(p => ($"{type.Name}.{p.Name}", (BilingualText)p.GetValue(null)!)));
            parts.AddRange(type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.ReturnType == typeof(BilingualText) && !m.IsSpecialName)
                .Select(m => ($"{type.Name}.{m.Name}", (BilingualText)m.Invoke(null, Arguments(m))!)));
        }

        return [.. parts.OrderBy(p => p.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The page in English or Chinese.</summary>
    public static string ToMarkdown(bool chinese)
    {
        var page = new StringBuilder();
        void Line(string text = "") => page.Append(text).Append('\n');
        string Pick(string english, string zh) => chinese ? zh : english;

        Line(Pick("# Every message of the rule tools", "# 规则工具的全部提示"));
        Line();
        Line(Pick(
            "Generated from the message catalogue by the tests (`MessageListTests`): do not edit by hand; run the tests once with `DPF_UPDATE_GENERATED=1` after changing a message. The Chinese list is [messages.zh-CN.md](messages.zh-CN.md).",
            "本页由测试（`MessageListTests`）根据提示目录自动生成，请勿手工修改；修改提示后用 `DPF_UPDATE_GENERATED=1` 运行一次测试即可更新。英文版见 [messages.md](messages.md)。"));
        Line();
        Line(Pick(
            $"`dpf validate`, `dpf test` and `dpf explain` print each problem on one line: the file, line and column, the code, the rule concerned (when there is one), what is wrong, and the fix. The examples below use made-up values at `{ExampleFile}:12:7`; the words in them (names, dates, numbers) are samples.",
            $"`dpf validate`、`dpf test`、`dpf explain` 每个问题占一行：文件、行号和列号、代码、涉及的规则（如有）、问题所在和修改建议。以下示例都假定出现在 `{ExampleFile}:12:7`，其中的名称、日期、数字只是示例。"));
        Line();
        Line(Pick("## Problems, by code", "## 按代码列出的问题"));
        foreach (var group in Problems().GroupBy(p => p.Message.Descriptor))
        {
            var descriptor = group.Key;
            Line();
            Line($"### {descriptor.Id} {descriptor.Code} — {Pick(descriptor.Title, descriptor.TitleZh)}");
            Line();
            Line($"{Pick("Usual fix", "通常的改法")}: {Pick(descriptor.Fix, descriptor.FixZh)}");
            foreach (var (name, message) in group)
            {
                Line();
                Line($"`{name}`:");
                Line();
                Line("    " + Example(message, chinese));
            }
        }

        Line();
        Line(Pick("## Parts of messages", "## 提示中的组成部分"));
        Line();
        Line(Pick(
            "Details, reasons and words that the problems above are built from (for example the reason why a file is not JSON).",
            "上面各问题中用到的细节、原因和词语（例如文件不是有效 JSON 的具体原因）。"));
        foreach (var (name, text) in Parts())
        {
            Line();
            Line($"`{name}`:");
            Line();
            Line("    " + OneLine(text.In(chinese)));
        }

        return page.ToString();
    }

    private static string Example(DiagnosticMessage message, bool chinese)
    {
        var bag = new DiagnosticBag(ExampleFile);
        bag.Report(message, new SourcePosition(12, 7));
        return OneLine(bag.Items[0].Format(chinese));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ⏎ ");

    private static IEnumerable<Type> CatalogueClasses() =>
        new[] { typeof(BilingualText).Assembly, typeof(CaseMessages).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && t.IsAbstract && t.IsSealed && CatalogueNamespaces.Contains(t.Namespace))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static object?[] Arguments(MethodInfo method) => [.. method.GetParameters().Select(Sample)];

    /// <summary>A sample value that reads naturally for the parameter's name, else one for its type.</summary>
    private static object? Sample(ParameterInfo parameter)
    {
        var name = parameter.Name ?? string.Empty;
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            // "path" is a JSON path in the shape messages and a file's path in the headings of input files.
            return name == "path" && parameter.Member.DeclaringType?.Name == "InputMessages" && ((MethodInfo)parameter.Member).ReturnType == typeof(BilingualText)
                ? "P1.cases.json"
                : SampleText(name);
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(int?))
        {
            var number = SampleNumber(name);
            return type == typeof(long) ? (long)number : (object)number;
        }

        return type switch
        {
            _ when type == typeof(decimal) => -1200m,
            _ when type == typeof(double) => 50.0,
            _ when type == typeof(bool) => true,
            _ when type == typeof(char) => name switch
            {
                "opener" => '{',
                "closer" => '}',
                "found" => ']',
                _ => '，',
            },
            _ when type == typeof(object) => 1000m,
            _ when type == typeof(LocalDate) => new LocalDate(2019, 7, 1),
            _ when type == typeof(JsonValueKind) => JsonValueKind.String,
            _ when type == typeof(System.Linq.Expressions.ExpressionType) => System.Linq.Expressions.ExpressionType.New,
            _ when type == typeof(LocalizedText) => new LocalizedText { English = "Medication subsidy", Chinese = "精神障碍患者服药补贴" },
            _ when type == typeof(IReadOnlyList<BilingualText>) => new[] { new BilingualText("a comma", "逗号"), new BilingualText("a colon", "冒号") },
            _ when type == typeof(BilingualText) || type == typeof(BilingualText?) => name switch
            {
                "what" => new BilingualText("case file", "用例文件"),
                "expected" => new BilingualText("a date written yyyy-MM-dd", "写作 yyyy-MM-dd 的日期"),
                "why" => new BilingualText("the rule AgeLimit failed", "规则 AgeLimit 未通过"),
                "name" => new BilingualText("full-width comma", "全角逗号"),
                "where" => new BilingualText("the 2nd value of parameter AmountPerYear", "参数 AmountPerYear 的第 2 个取值"),
                _ => new BilingualText("the file is empty", "文件为空"),
            },
            _ when type == typeof(SizeMessages.Counted) => SizeMessages.Rules,
            _ when type == typeof(PeriodAmount) => PeriodAmount.PerYear(Money.FromYuan(1000m)),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type == typeof(SourceNode) => null,
            _ when type.IsAssignableFrom(typeof(string[])) => new[] { "Visual", "Hearing" },
            _ => throw new InvalidOperationException($"No sample for {parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}({type.Name} {name}); add one to MessageList."),
        };
    }

    private static string SampleText(string name) => name.ToLowerInvariant() switch
    {
        "file" or "otherfile" or "earlierfile" => "P2.ruleset.json",
        "path" => "Parameters[0].Values[1]",
        "program" or "id" => "P1",
        "rule" or "rulename" => "AgeLimit",
        "suggestion" => "Value",
        "key" => "Vaule",
        "word" => "True",
        "character" => "，",
        "ascii" => ",",
        "number" => "1,200",
        "sequence" => "\\d",
        "found" => "）",
        "version" or "earlierversion" or "date" or "from" or "firstday" or "example" => "2019-01-01",
        "until" => "2019-12-31",
        "maskedid" or "person" => "340123********123X",
        "member" => "王某某",
        "benefit" => "Subsidy",
        "output" => "PriorityGroup",
        "expected" => "Eligible",
        "actual" or "actualzh" => "NotEligible",
        "type" => "decimal",
        "text" => "Age > 16",
        "value" or "firstvalue" => "1200",
        "unit" => "yuan",
        "encoding" => "UTF-16",
        "status" => "Active",
        "facts" => "Age, Grade",
        "where" => "Parameters[0].Values[1]",
        "kind" => "Grade",
        "suffix" => ".ruleset.json",
        "format" => "yyyy-MM-dd",
        "known" or "list" => "P1, P2",
        "field" => "Expected.Amount",
        "error" or "exception" or "reason" or "sentence" => "the file is in use by another program",
        "errorzh" => "文件正被其他程序使用",
        "left" or "right" => "Age",
        "leftzh" or "rightzh" => "年龄",
        _ => "AmountPerYear",
    };

    private static int SampleNumber(string name) => name.ToLowerInvariant() switch
    {
        "firstyear" => 1900,
        "lastyear" => 2200,
        "year" => 2019,
        "line" => 30,
        "code" => 9,
        "fullwidthquotecolumn" => 20,
        "column" => 7,
        "count" => 3,
        "depth" => 65,
        "maximumdepth" => 64,
        "maximumbytes" => 4 * 1024 * 1024,
        _ => 200,
    };
}

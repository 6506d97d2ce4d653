using System.Reflection;
using System.Text;
using System.Text.Json;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;
using DpfDomain.Tool.Messages;
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

    /// <summary>The namespace of the tool's own catalogue (<see cref="ToolText"/> values).</summary>
    private static readonly string ToolNamespace = typeof(ToolText).Namespace!;

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

    /// <summary>Every text of the tool's own catalogue (a <see cref="ToolText"/> value or factory), with its example.</summary>
    public static IReadOnlyList<(string Name, ToolText Text)> ToolTexts() =>
        [.. ToolCatalogueClasses()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(ToolText))
                .Select(f => ($"{type.Name}.{f.Name}", (ToolText)f.GetValue(null)!))
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                    .Where(p => p.PropertyType == typeof(ToolText))
                    .Select(p => ($"{type.Name}.{p.Name}", (ToolText)p.GetValue(null)!)))
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Where(m => m.ReturnType == typeof(ToolText) && !m.IsSpecialName)
                    .Select(m => ($"{type.Name}.{m.Name}", (ToolText)m.Invoke(null, Arguments(m))!))))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)];

    /// <summary>The static classes of the tool's catalogue.</summary>
    public static IEnumerable<Type> ToolCatalogueClasses() =>
        typeof(ToolText).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.IsAbstract && t.IsSealed && t.Namespace == ToolNamespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

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

        WriteToolSections(Line, Pick, chinese);
        return page.ToString();
    }

    private static void WriteToolSections(Action<string> line, Func<string, string, string> pick, bool chinese)
    {
        line(string.Empty);
        line(pick("## The tool's own words", "## dpf 自身的提示"));
        line(string.Empty);
        line(pick(
            "What `dpf` says itself, besides the problems above: `HelpTexts` are the words of `dpf --help` (commands, arguments, options), `ToolMessages` what the commands say about the command line, the files and their results, `ReportWords` the words of a decision in `dpf explain`, `ImpactWords` the report and workbook of `dpf impact`. Names, dates and numbers in the examples are samples.",
            "除上面的问题外 `dpf` 自己说的话：`HelpTexts` 是 `dpf --help` 中的说明（命令、参数、选项），`ToolMessages` 是各命令关于命令行、文件和结果的提示，`ReportWords` 是 `dpf explain` 说明判定结果所用的词语，`ImpactWords` 是 `dpf impact` 的报告和工作簿中的词语。示例中的名称、日期、数字只是示例。"));
        foreach (var (name, text) in ToolTexts())
        {
            line(string.Empty);
            line($"`{name}`:");
            line(string.Empty);
            line("    " + OneLine(text.In(chinese)));
        }

        line(string.Empty);
        line(pick("## Usage errors", "## 命令行写法错误"));
        line(string.Empty);
        line(pick(
            "System.CommandLine, which reads the command line, reports a mistake in English. In English `dpf` prints it as it is; in Chinese (`--lang zh-CN`, or a Chinese system) it says it in plain words instead, as below, and then `ToolMessages.RunHelp`.",
            "读取命令行的 System.CommandLine 用英文报告写法错误。英文模式下 `dpf` 原样输出；中文模式下（`--lang zh-CN` 或中文系统）改用下面的中文说法，并随后输出 `ToolMessages.RunHelp`。"));
        foreach (var (name, english, said) in Tool.UsageErrors.Examples())
        {
            line(string.Empty);
            line($"`UsageErrors.{name}`:");
            line(string.Empty);
            line($"    System.CommandLine: {OneLine(english)}");
            line($"    dpf --lang zh-CN: {OneLine(said)}");
        }

        line(string.Empty);
        line(pick("The headings and placeholders of System.CommandLine's help, in Chinese:", "System.CommandLine 帮助中的标题和占位符，中文说法："));
        line(string.Empty);
        foreach (var (english, said) in Tool.UsageErrors.HelpWords())
        {
            line($"    {english} → {said}");
        }
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

    /// <summary>Samples for a parameter of one factory, where the parameter's name alone does not tell what reads naturally.</summary>
    private static readonly Dictionary<string, object> ByFactory = new(StringComparer.Ordinal)
    {
        ["KeyMisspelt.meant"] = "Value",
        ["ValuesOutOfOrder.date"] = "2019-01-01",
        ["ValuesOutOfOrder.previous"] = "2020-01-01",
        ["NoValueOnFirstDay.firstValue"] = "2019-07-01",
        ["RuleNameTaken.name"] = "AgeLimit",
        ["UnreadableRuleName.name"] = "Age\u200BLimit",
        ["InvalidScopedParamName.name"] = "2x",
        ["InvalidParameterName.name"] = "Amount Per Year",
        ["ScopedParamHidesAnother.name"] = "treated",
        ["ScopedParamDeclaredTwice.name"] = "treated",
        ["ScopedParamNotOneValue.name"] = "treated",
        ["NewObject.what"] = "new DateTime",
        ["Reflection.what"] = "Type.GetType",
        ["Clock.what"] = "DateTime.Now",
        ["Generator.what"] = "Enumerable.Range",
        ["Disallowed.what"] = "System.IO.File.ReadAllText",
        ["Culture.what"] = "String.ToUpper",
        ["Forbidden.word"] = "GetType",
        ["NotAFact.name"] = "Agee",
        ["NotAFact.facts"] = "Person",
        ["NotAFact.suggestion"] = "Age",
        ["UnknownName.name"] = "Persn",
        ["UnknownName.facts"] = "Person",
        ["UnknownName.suggestion"] = "Person",
        ["NotAParameter.suggestion"] = "AmountPerYear",
        ["NotAParameter.name"] = "AmountPerYaer",
        ["NoSuchMember.name"] = "Lenght",
        ["NoSuchMember.type"] = "String",
        ["NotText.bytes"] = "C0 FA",
        ["DamagedUtf8.bytes"] = "E5 B9",
        ["UnquotedKey.word"] = "Value",
        ["WrongCase.word"] = "True",
        ["WrongCase.right"] = "true",
        ["NotNull.word"] = "NULL",
        ["NotANumber.word"] = "NaN",
        ["BareWord.word"] = "yes",
        ["NumberFollowedBy.number"] = "1200",
        ["NumberFollowedBy.what"] = "元",
        ["IncompleteNumber.number"] = "1.",
        ["LeadingZero.number"] = "0123",
        ["ThousandsSeparator.number"] = "1,200",
        ["LookAlike.typed"] = "＞",
        ["LookAlike.ascii"] = ">",
        ["FullWidth.character"] = "，",
        ["FullWidth.ascii"] = ",",
        ["Invisible.code"] = 0x200B,
        ["Invisible.name"] = new BilingualText("zero-width space", "零宽空格"),
        ["LookAlike.name"] = new BilingualText("full-width greater-than sign", "全角大于号"),
        ["TooMany.count"] = "201",
        ["VersionRenumbered.before"] = "2019.1",
        ["VersionRenumbered.after"] = "2025.1",
        ["EffectiveFromChanged.before"] = "2019-01-01",
        ["EffectiveFromChanged.after"] = "2020-01-01",
        ["EffectiveUntilChanged.before"] = "2024-12-31",
        ["EffectiveUntilChanged.after"] = "2025-12-31",
        ["BenefitAmountChanged.before"] = "Parameters.AmountPerYear",
        ["BenefitAmountChanged.after"] = "Parameters.AmountPerYear * 1.2",
        ["BenefitConditionChanged.before"] = "Person.Grade <= 2",
        ["BenefitConditionChanged.after"] = "Person.Grade <= 3",
        ["OutputChanged.before"] = "Person.Grade",
        ["OutputChanged.after"] = "Person.Grade + 1",
        ["RuleExpressionChanged.before"] = "Person.Age >= 16",
        ["RuleExpressionChanged.after"] = "Person.Age >= 18",
        ["ScopedChanged.before"] = "Person.Age >= 16",
        ["ScopedChanged.after"] = "Person.Age >= 18",
        ["RuleReasonChanged.before"] = "Under 16",
        ["RuleReasonChanged.after"] = "Under 18",
        ["RuleReasonZhChanged.before"] = "未满16周岁",
        ["RuleReasonZhChanged.after"] = "未满18周岁",
        ["ReferenceAdded.reference"] = "皖残联〔2019〕12号",
        ["ReferenceRemoved.reference"] = "皖残联〔2015〕7号",
        ["ParameterReferenceChanged.before"] = "XX县残联2019年工作总结",
        ["ParameterReferenceChanged.after"] = "XX县残联2025年文件",
        ["NotACounty.county"] = "340100",
        ["ValidityYearsOutOfRange.certificate"] = "Household.Members[0].Certificate",
        ["InvisibleCharacter.where"] = "Household.Members[0].Name",
        ["InvisibleCharacter.code"] = "U+200B",
        ["UnknownOperator.operator"] = "或",
        ["UnknownOperator.suggestion"] = "Or",
        ["WordNotAllowed.value"] = "精神病",
        ["WordNotAllowed.suggestion"] = "Mental",
        ["WordNotAllowed.where"] = new BilingualText("the category of disability 1 of the certificate of household member 1", "第 1 位家庭成员的残疾证的第 1 项残疾的类别"),
        ["NotAWord.value"] = "精神病",
        ["NotAWord.suggestion"] = "Mental",
        ["NotAWord.where"] = new BilingualText("the category of disability 1 of the certificate of household member 1", "第 1 位家庭成员的残疾证的第 1 项残疾的类别"),
        ["NotAWord.chinese"] = new[] { "视力", "听力", "言语", "肢体", "智力", "精神", "多重" },
        ["NotAWord.english"] = new[] { "Visual", "Hearing", "Speech", "Physical", "Intellectual", "Mental", "Multiple" },
        ["WordNotAllowed.words"] = new[] { "Visual", "Hearing", "Speech", "Physical", "Intellectual", "Mental", "Multiple" },
        ["NotAGrade.value"] = "五级",
        ["NotAGrade.where"] = new BilingualText("the grade of disability 1 of the certificate of household member 1", "第 1 位家庭成员的残疾证的第 1 项残疾的等级"),
        ["NotAGrade.grades"] = new[] { "一级", "二级", "三级", "四级" },
        ["NoSuchParameter.name"] = "AmountPerYaer",
        ["NotYearly.what"] = "一次性补助",
    };

    /// <summary>A sample value that reads naturally for the parameter's name, else one for its type.</summary>
    private static object? Sample(ParameterInfo parameter)
    {
        var name = parameter.Name ?? string.Empty;
        var type = parameter.ParameterType;
        if (ByFactory.TryGetValue($"{parameter.Member.Name}.{name}", out var chosen) && (type.IsInstanceOfType(chosen) || Nullable.GetUnderlyingType(type) == chosen.GetType()))
        {
            return chosen;
        }

        if (parameter.Member.DeclaringType?.Namespace == ToolNamespace)
        {
            return ToolSample(name, type) ?? (type == typeof(ToolText) ? throw new InvalidOperationException($"No sample for {parameter.Member.DeclaringType.Name}.{parameter.Member.Name}(ToolText {name}); add one to MessageList.ToolSample.") : LibrarySample(parameter));
        }

        return LibrarySample(parameter);
    }

    /// <summary>A sample value for a parameter of the tool's catalogue, or null to use the libraries' sample for its name.</summary>
    private static object? ToolSample(string name, Type type) => (name, type) switch
    {
        ("county", _) => "340123",
        ("language", _) => "fr",
        ("folder", _) => "rules",
        ("problem", _) => "The division code is empty.",
        ("problemZh", _) => "行政区划代码为空。",
        ("text", _) => "2019/6/30",
        ("date" or "from", _) => "2019-06-30",
        ("ruleSets" or "caseFiles", _) => 9,
        ("problems", _) => 3,
        ("files", _) => 2,
        ("passed", _) => 41,
        ("failed", _) => 1,
        ("programs", _) when type == typeof(int) => 2,
        ("programs", _) => new[] { "P1", "P2", "P3" },
        ("maskedId", _) => "340123********123X",
        ("maskedName", _) => "王**",
        ("employer", _) => "某某福利工厂",
        ("word", _) => "年龄",
        ("fact", _) => "Age",
        ("type", _) => "int",
        ("typeZh", _) => "整数",
        ("existing", _) => "P1.ruleset.json",
        ("file", _) => "impact.csv",
        ("workbook", _) => "impact.xlsx",
        ("error", _) => "The process cannot access the file because it is being used by another process.",
        ("errorZh", _) => "文件正被其他程序使用。",
        ("roll", _) => "花名册2019.csv",
        ("row", _) => 118,
        ("read", _) => 21980L,
        ("evaluated", _) => 21978L,
        ("rejected", _) => 2L,
        ("gained", _) => 12L,
        ("lost", _) => 3L,
        ("amountChanged", _) => 40L,
        ("unchanged", _) => 1835L,
        ("neither", _) => 20088L,
        ("before", _) when type == typeof(long) => 2L,
        ("after", _) when type == typeof(long) => 0L,
        ("before", _) when type == typeof(string) => "¥12,000.00",
        ("after", _) when type == typeof(string) => "¥12,600.00",
        ("before", _) => ImpactWords.NotEligible,
        ("after", _) => ImpactWords.WithAmounts(ImpactWords.Eligible, "¥50.00 per month", "每月 ¥50.00"),
        ("difference", _) => "+¥600.00",
        ("count", _) when type == typeof(long) => 3L,
        ("shown", _) => 20,
        ("period", _) => ImpactWords.PerMonth,
        ("change", _) => ImpactWords.Gains,
        ("outcome", _) => ImpactWords.Eligible,
        ("amounts", _) => "¥50.00 per month",
        ("amountsZh", _) => "每月 ¥50.00",
        ("reason", _) => "AgeLimit: the age is 15, below 16",
        ("reasonZh", _) => "AgeLimit：年龄为 15 岁，不满 16 岁",
        ("meaning", _) => "The subsidy per person per year (yuan)",
        ("meaningZh", _) => "每人每年补助标准（元）",
        _ => null,
    };

    /// <summary>A sample value for a parameter of the libraries' catalogues, by name, else by type.</summary>
    private static object? LibrarySample(ParameterInfo parameter)
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
                "owner" => new BilingualText("rule AgeLimit", "规则 AgeLimit"),
                "name" => new BilingualText("full-width comma", "全角逗号"),
                "where" => new BilingualText("the 2nd value of parameter AmountPerYear", "参数 AmountPerYear 的第 2 个取值"),
                _ => new BilingualText("the file is empty", "文件为空"),
            },
            _ when type == typeof(SizeMessages.Counted) => SizeMessages.Rules,
            _ when type == typeof(PeriodAmount) => PeriodAmount.PerYear(Money.FromYuan(1000m)),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type == typeof(SourceNode) => null,
            _ when type == typeof(Exception) => new IOException("The process cannot access the file because it is being used by another process."),
            _ when type.IsAssignableFrom(typeof(string[])) => new[] { "Visual", "Hearing" },
            _ when type == typeof(IReadOnlyList<(string, BilingualText)>) => new[] { ("Age", new BilingualText("Age in completed years on the evaluation date", "评估日的周岁年龄")) },
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
        "unit" => "YuanPerYear",
        "expression" => "Person.Age >= 16",
        "values" => "1,000 from 2019-01-01",
        "valueszh" => "2019-01-01 起 1,000",
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
        "firstyear" => 1800,
        "lastyear" => 2199,
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

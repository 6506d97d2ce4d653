using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// Says in words where a problem is, in both languages, from a JSON path such as
/// <c>Parameters[0].Values[1]</c> and the file it is in: "参数 AmountPerYear 的第 2 个取值" /
/// "the 2nd value of parameter AmountPerYear". Parts that have a name in the file (a parameter,
/// a rule, a benefit, an output, a case) are called by it; a rule's or a case's name stands alone,
/// since it names the place on its own. Counting is 1-based; a key without words of its own is
/// named as written in the file. The one place every message gets its location words from, for
/// rule sets and for case, person and employer files alike.
/// </summary>
internal static class LocationWords
{
    /// <summary>The top level of a file.</summary>
    public static readonly BilingualText TopLevel = new("the top level of the file", "文件顶层");

    /// <summary>Words for the items of a list, by the list's key.</summary>
    private static readonly FrozenDictionary<string, ItemWords> Lists = new Dictionary<string, ItemWords>(StringComparer.Ordinal)
    {
        ["Parameters"] = new("Name", static name => new($"parameter {name}", $"参数 {name}"), static n => new($"the {Ordinal(n)} parameter", $"第 {n} 个参数"), Alone: true),
        ["Values"] = new(null, null, static n => new($"the {Ordinal(n)} value", $"第 {n} 个取值")),
        ["Rules"] = new("RuleName", static name => new($"rule {name}", $"规则 {name}"), static n => new($"the {Ordinal(n)} rule", $"第 {n} 条规则"), Alone: true),
        ["GlobalParams"] = new("Name", static name => new($"global param {name}", $"全局参数 {name}"), static n => new($"the {Ordinal(n)} global param", $"第 {n} 个全局参数")),
        ["LocalParams"] = new("Name", static name => new($"scoped param {name}", $"局部参数 {name}"), static n => new($"the {Ordinal(n)} scoped param", $"第 {n} 个局部参数")),
        ["Benefits"] = new("Id", static id => new($"benefit {id}", $"待遇 {id}"), static n => new($"the {Ordinal(n)} benefit", $"第 {n} 项待遇"), Alone: true),
        ["Outputs"] = new("Id", static id => new($"output {id}", $"输出项 {id}"), static n => new($"the {Ordinal(n)} output", $"第 {n} 个输出项"), Alone: true),
        ["Quotas"] = new(null, null, static n => new($"the {Ordinal(n)} quota", $"第 {n} 个年度任务数")),
        ["LegalReferences"] = new(null, null, static n => new($"the {Ordinal(n)} legal reference", $"第 {n} 个政策依据")),
        ["Cases"] = new("Name", static name => new($"case \"{name}\"", $"用例“{name}”"), static n => new($"the {Ordinal(n)} case", $"第 {n} 个用例"), Alone: true),
        ["Members"] = new(null, null, static n => new($"household member {n}", $"第 {n} 位家庭成员"), Replaces: "Household"),
        ["Poverty"] = new(null, null, static n => new($"poverty status {n}", $"第 {n} 个贫困状态"), Replaces: "Household"),
        ["Supports"] = new(null, null, static n => new($"support status {n}", $"第 {n} 个救助状态")),
        ["Diagnoses"] = new(null, null, static n => new($"the {Ordinal(n)} diagnosis", $"第 {n} 项诊断")),
        ["Enrolments"] = new(null, null, static n => new($"the {Ordinal(n)} enrolment", $"第 {n} 项就学记录")),
        ["Components"] = new(null, null, static n => new($"the {Ordinal(n)} disability", $"第 {n} 项残疾")),
        ["Changes"] = new(null, null, static n => new($"the {Ordinal(n)} change", $"第 {n} 次变更")),
        ["Parents"] = new(null, null, static n => new($"the {Ordinal(n)} parent", $"第 {n} 位父母")),
        ["DisabledEmployees"] = new(null, null, static n => new($"disabled employee {n}", $"第 {n} 位残疾职工")),
        ["PsychiatricTreatmentYears"] = new(null, null, static n => new($"the {Ordinal(n)} year of psychiatric treatment", $"第 {n} 个精神科治疗年份")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words for the objects of the formats, by their key; a key mapped to no words adds none (a case's person is the case's).</summary>
    private static readonly FrozenDictionary<string, BilingualText?> Objects = new Dictionary<string, BilingualText?>(StringComparer.Ordinal)
    {
        ["Program"] = new BilingualText("the program", "项目"),
        ["Eligibility"] = new BilingualText("the eligibility conditions", "资格条件"),
        ["Household"] = new BilingualText("the household", "家庭"),
        ["Certificate"] = new BilingualText("the certificate", "残疾证"),
        ["Employer"] = new BilingualText("the employer", "用人单位"),
        ["Expected"] = new BilingualText("the expected decision", "预期结果"),
        ["Person"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words for the values of person, employer and case files, by their key, or by the key of what
    /// holds them and their key (<c>Members.Id</c>; <c>.Name</c> at the top of a file, an employer's) where the
    /// key alone is also one of a rule set's.
    /// </summary>
    private static readonly FrozenDictionary<string, BilingualText> Fields = new Dictionary<string, BilingualText>(StringComparer.Ordinal)
    {
        ["Household.County"] = new("the county", "户籍所在县"),
        ["Household.Registration"] = new("the registration", "户籍类型"),
        ["Members.Id"] = new("the identity number", "身份证号"),
        ["Members.Name"] = new("the name", "姓名"),
        ["CareNeedMonths"] = new("the months of care needed", "预计照护月数"),
        ["IssuingCounty"] = new("the issuing county", "发证县"),
        ["IssuedOn"] = new("the date of issue", "发证日期"),
        ["ValidityYears"] = new("the years of validity", "有效年限"),
        ["Grade"] = new("the grade", "等级"),
        ["Household.Members"] = new("the members", "成员"),
        ["Components"] = new("the disabilities", "残疾项目"),
        ["Components.Category"] = new("the category", "类别"),
        ["Changes.Date"] = new("the date", "日期"),
        ["Changes.Kind"] = new("the kind of change", "变更类型"),
        ["Changes.Reason"] = new("the reason", "原因"),
        ["Diagnoses.On"] = new("the date", "日期"),
        ["Poverty.From"] = new("the start date", "开始日期"),
        ["Supports.From"] = new("the start date", "开始日期"),
        ["Enrolments.From"] = new("the start date", "开始日期"),
        ["Until"] = new("the end date", "结束日期"),
        ["Employer.Name"] = new("the name", "名称"),
        [".Name"] = new("the employer's name", "用人单位名称"),
        ["Headcount"] = new("the prior year's average number of employees", "上年度在职职工平均人数"),
        ["AverageWage"] = new("the prior year's average annual wage", "上年度在职职工年平均工资"),
        ["LocalAverageWage"] = new("the local average social wage", "当地社会平均工资"),
        ["ContractMonths"] = new("the months under contract", "劳动合同月数"),
        ["Expected.Amount"] = new("the amount", "金额"),
        ["Expected.Amounts"] = new("the amounts", "各期金额"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Where a path is, in words and then the path in brackets: "the 2nd value of parameter AmountPerYear (Parameters[0].Values[1])".</summary>
    /// <param name="path">The JSON path; empty for the top level of the file.</param>
    /// <param name="root">The file's top value, to name the parts; null names them by their number.</param>
    /// <returns>The location in both languages.</returns>
    public static BilingualText Of(string path, SourceNode? root)
    {
        var words = Words(path, root);
        return path.Length == 0 || words.English == path
            ? words
            : new BilingualText($"{words.English} ({path})", $"{words.Chinese}（{path}）");
    }

    /// <summary>Where a path is, in words only: "the 2nd value of parameter AmountPerYear".</summary>
    /// <param name="path">The JSON path; empty for the top level of the file.</param>
    /// <param name="root">The file's top value, to name the parts; null names them by their number.</param>
    /// <returns>The location in both languages.</returns>
    public static BilingualText Words(string path, SourceNode? root)
    {
        if (path.Length == 0)
        {
            return TopLevel;
        }

        var steps = new List<Step>();
        var node = root;
        string? key = null;
        string? previousKey = null;
        foreach (var segment in Segments(path))
        {
            if (segment.Index is { } index)
            {
                node = node?.Kind == JsonValueKind.Array ? node.At(index) : null;
                ItemStep(steps, key, previousKey, index, node);
                continue;
            }

            var name = segment.Key!;
            node = node?.Kind == JsonValueKind.Object ? node[name] : null;
            previousKey = key;
            key = name;
            if (Lists.ContainsKey(name) && node?.Kind != JsonValueKind.Object)
            {
                continue; // named with its item: "the 2nd value", not "item 2 of Values"
            }

            if (Fields.TryGetValue($"{previousKey}.{name}", out var field) || Fields.TryGetValue(name, out field))
            {
                steps.Add(new Step(field, name));
                continue;
            }

            if (Objects.TryGetValue(name, out var words))
            {
                if (words is { } said)
                {
                    steps.Add(new Step(said, name));
                }

                continue;
            }

            steps.Add(new Step(new BilingualText($"the key \"{Echo(name)}\"", $"键“{Echo(name)}”"), name));
        }

        // A list that is the last part of the path has no item to be named with.
        if (key is not null && Lists.ContainsKey(key) && !path.EndsWith(']'))
        {
            steps.Add(Fields.TryGetValue($"{previousKey}.{key}", out var list) || Fields.TryGetValue(key, out list)
                ? new Step(list, key)
                : new Step(new BilingualText($"the key \"{Echo(key)}\"", $"键“{Echo(key)}”"), key));
        }

        return steps.Count == 0 ? new BilingualText(path, path) : Join(steps);
    }

    /// <summary>A name or key as it may be echoed: long text cut (what else is unsafe to show, the last filter on every message takes out).</summary>
    private static string Echo(string text) => text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text;

    /// <summary>An ordinal number in English: 1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    /// <param name="number">The number, 1 or more.</param>
    /// <returns>The ordinal.</returns>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{number}{suffix}");
    }

    private static void ItemStep(List<Step> steps, string? key, string? previousKey, int index, SourceNode? node)
    {
        var number = index + 1;
        if (key is null || !Lists.TryGetValue(key, out var words))
        {
            var listName = Echo(key ?? string.Empty);
            if (steps.Count > 0 && steps[^1].Key == key)
            {
                steps.RemoveAt(steps.Count - 1);
            }

            steps.Add(new Step(new BilingualText($"item {number} of the key \"{listName}\"", $"键“{listName}”的第 {number} 项"), null));
            return;
        }

        if (words.Replaces is { } replaced && steps.Count > 0 && steps[^1].Key == replaced)
        {
            steps.RemoveAt(steps.Count - 1);
        }

        if (words.NameKey is { } nameKey && node?[nameKey] is { Kind: JsonValueKind.String, StringValue: { Length: > 0 } name } && !string.IsNullOrWhiteSpace(name))
        {
            if (words.Alone)
            {
                steps.Clear();
            }

            steps.Add(new Step(words.Named!(Echo(name)), null));
            return;
        }

        // A nested rule without a name is counted within the rule around it.
        var nth = key == "Rules" && previousKey is not null and not "Eligibility"
            ? new BilingualText($"the {Ordinal(number)} nested rule", $"第 {number} 条子规则")
            : words.Nth(number);
        steps.Add(new Step(nth, null));
    }

    private static BilingualText Join(List<Step> steps)
    {
        var english = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            english.Append(steps[i].Words.English);
            if (i > 0)
            {
                english.Append(" of ");
            }
        }

        var chinese = new StringBuilder();
        foreach (var step in steps)
        {
            if (chinese.Length > 0)
            {
                // A space keeps a name typed in Latin letters apart from the Chinese around it.
                chinese.Append(char.IsAsciiLetterOrDigit(chinese[^1]) ? " 的" : "的");
            }

            chinese.Append(step.Words.Chinese);
        }

        return new BilingualText(english.ToString(), chinese.ToString());
    }

    /// <summary>The keys and item numbers of a path; a part that is not a number in brackets is a key, whatever it holds.</summary>
    private static IEnumerable<Segment> Segments(string path)
    {
        var i = 0;
        var key = new StringBuilder();
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '[' && path.IndexOf(']', i) is var close and > 0 && close > i + 1 && close - i <= 10
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                if (key.Length > 0)
                {
                    yield return new Segment(key.ToString(), null);
                    key.Clear();
                }

                yield return new Segment(null, index);
                i = close + 1;
                if (i < path.Length && path[i] == '.')
                {
                    i++;
                }

                continue;
            }

            if (c == '.' && key.Length > 0)
            {
                yield return new Segment(key.ToString(), null);
                key.Clear();
                i++;
                continue;
            }

            key.Append(c);
            i++;
        }

        if (key.Length > 0)
        {
            yield return new Segment(key.ToString(), null);
        }
    }

    private readonly record struct Segment(string? Key, int? Index);

    private readonly record struct Step(BilingualText Words, string? Key);

    /// <summary>How the items of one list are named.</summary>
    /// <param name="NameKey">The key of an item's name, if items have one.</param>
    /// <param name="Named">The words for an item with that name.</param>
    /// <param name="Nth">The words for the nth item (1-based).</param>
    /// <param name="Alone">Whether a named item names its place on its own (a rule's name is unique in its file).</param>
    /// <param name="Replaces">The object key whose words the item's words already say ("household member 1", not "… of the household").</param>
    private sealed record ItemWords(string? NameKey, Func<string, BilingualText>? Named, Func<int, BilingualText> Nth, bool Alone = false, string? Replaces = null);

    /// <summary>An English location at the start of a sentence: its first letter upper case.</summary>
    /// <param name="text">The words.</param>
    /// <returns>The words capitalised.</returns>
    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

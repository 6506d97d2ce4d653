using System.Reflection;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>
/// The parts of messages in the catalogues (<see cref="BilingualText"/> values and factories, and
/// the one-line configuration problems): each has an English half without Chinese and a Chinese
/// half written in Chinese. Found by reflection over every catalogue class, so a new text is checked
/// without being listed.
/// </summary>
public sealed partial class BilingualTextCatalogueTests
{
    /// <summary>Texts shown as they are in both languages, each with its reason.</summary>
    private static readonly Dictionary<string, string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
    };

    private static readonly string[] CatalogueNamespaces = ["DpfDomain.Rules.Diagnostics.Messages", "DpfDomain.Rules.Authoring.Messages"];

    [Fact]
    public void EveryBilingualText_OfTheCatalogues_HasAnEnglishAndAChineseHalf()
    {
        var texts = Texts().ToList();

        Assert.True(texts.Count > 60, $"Only {texts.Count} texts were found in the catalogues.");
        Assert.Contains(texts, t => t.Name == "AmountMessages.NotMonthly");
        Assert.Contains(texts, t => t.Name == "CaseResultMessages.OutcomeDiffers");
        Assert.All(SameInBothLanguages.Keys, name => Assert.Contains(texts, t => t.Name == name));
        Assert.All(texts.Where(t => !SameInBothLanguages.ContainsKey(t.Name)), t =>
        {
            Assert.True(!ChineseWriting().IsMatch(t.Text.English) && t.Text.English.Trim().Length > 0, $"{t.Name}: the English half is empty or has Chinese: \"{t.Text.English}\"");
            Assert.True(ChineseWriting().IsMatch(t.Text.Chinese), $"{t.Name}: the Chinese half has no Chinese: \"{t.Text.Chinese}\"");
        });
    }

    [Fact]
    public void EveryConfigurationProblem_IsOneLine_EnglishThenChineseAfterASlash()
    {
        var methods = typeof(ConfigurationMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)).ToList();

        Assert.True(methods.Count >= 7, $"Only {methods.Count} configuration problems were found.");
        Assert.All(methods, method =>
        {
            var line = (string)method.Invoke(null, [.. method.GetParameters().Select(p => Sample(p.ParameterType))])!;
            var halves = line.Split(" / ");

            Assert.True(halves.Length == 2, $"{method.Name} is not \"English / Chinese\": {line}");
            Assert.True(!ChineseWriting().IsMatch(halves[0]) && ChineseWriting().IsMatch(halves[1]), $"{method.Name} is not \"English / Chinese\": {line}");
            Assert.DoesNotContain('\n', line);
        });
    }

    [Fact]
    public void AConfiguredTwiceProblem_NamesTheRuleSet_InBothLanguages() =>
        Assert.Equal("The rule set \"p1.ruleset.json\" is configured more than once. / 规则集“p1.ruleset.json”被配置了多次。", ConfigurationMessages.ConfiguredTwice("p1.ruleset.json"));

    /// <summary>Every <see cref="BilingualText"/> field, property and factory of the catalogue classes, factories called with sample values.</summary>
    private static IEnumerable<(string Name, BilingualText Text)> Texts()
    {
        foreach (var type in CatalogueClasses())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(BilingualText)))
            {
                yield return ($"{type.Name}.{field.Name}", (BilingualText)field.GetValue(null)!);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(BilingualText)))
            {
                foreach (var arguments in SampleArguments(method))
                {
                    yield return ($"{type.Name}.{method.Name}", (BilingualText)method.Invoke(null, arguments)!);
                }
            }

            // A detail with its fix (the syntax and encoding details): both halves of both.
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DetailAndFix)))
            {
                var value = (DetailAndFix)field.GetValue(null)!;
                yield return ($"{type.Name}.{field.Name}", value.Detail);
                yield return ($"{type.Name}.{field.Name} (fix)", value.Fix);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(DetailAndFix)))
            {
                foreach (var arguments in SampleArguments(method))
                {
                    var value = (DetailAndFix)method.Invoke(null, arguments)!;
                    yield return ($"{type.Name}.{method.Name}", value.Detail);
                    yield return ($"{type.Name}.{method.Name} (fix)", value.Fix);
                }
            }
        }
    }

    private static IEnumerable<Type> CatalogueClasses() =>
        new[] { typeof(BilingualText).Assembly, typeof(CaseMessages).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && t.IsAbstract && t.IsSealed && CatalogueNamespaces.Contains(t.Namespace));

    /// <summary>Sample values; for an enum, each of its values in turn (every period, every outcome).</summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var enumParameter = parameters.FirstOrDefault(p => p.ParameterType.IsEnum);
        if (enumParameter is null)
        {
            yield return [.. parameters.Select(p => Sample(p.ParameterType))];
            yield break;
        }

        foreach (var value in Enum.GetValues(enumParameter.ParameterType))
        {
            yield return [.. parameters.Select(p => p.ParameterType == enumParameter.ParameterType ? value : Sample(p.ParameterType))];
        }
    }

    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "Sample",
        _ when type == typeof(int) => 3,
        _ when type == typeof(int?) => 7,
        _ when type == typeof(bool) => true,
        _ when type == typeof(char) => '}',
        _ when type == typeof(Exception) => new UnauthorizedAccessException("Access to the path is denied."),
        _ when type == typeof(decimal) => 1500m,
        _ when type == typeof(double) => 50.0,
        _ when type == typeof(BilingualText) || type == typeof(BilingualText?) => new BilingualText("a sample", "示例"),
        _ when type == typeof(IReadOnlyList<BilingualText>) => new[] { new BilingualText("a sample", "示例"), new BilingualText("another", "另一个") },
        _ when type == typeof(DpfDomain.Rules.Model.LocalizedText) => new DpfDomain.Rules.Model.LocalizedText { English = "a sample", Chinese = "示例" },
        _ when type == typeof(PeriodAmount) => PeriodAmount.PerYear(Money.FromYuan(1000m)),
        _ when type.IsAssignableFrom(typeof(string[])) => new[] { "First", "Second" },
        _ when type == typeof(DpfDomain.Rules.Model.SourceNode) => new DpfDomain.Rules.Model.SourceNode(System.Text.Json.JsonValueKind.Object, new DpfDomain.Rules.Model.SourcePosition(1, 1)),
        _ => throw new InvalidOperationException($"No sample for {type}; add one."),
    };

    /// <summary>Chinese writing: ideographs, or Chinese and full-width punctuation (a separator such as "；").</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex ChineseWriting();
}

using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>
/// The message catalogue: one descriptor per diagnostic code, with a title and a fix in both
/// languages; every factory of every area reports under the code listed for it here (a factory
/// that changes its descriptor, or a new one not listed, fails); the code tables of the
/// rule-authoring guides list exactly the catalogue's codes.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    /// <summary>Every message factory, by class and method, with the code it reports under.</summary>
    private static readonly Dictionary<string, DiagnosticCode> FactoryCodes = new(StringComparer.Ordinal)
    {
        ["CaseMessages.ProgramNotInCatalog"] = DiagnosticCode.UnknownName,
        ["CaseMessages.NotADate"] = DiagnosticCode.InvalidDate,
        ["CaseMessages.PersonAndEmployer"] = DiagnosticCode.InvalidValue,
        ["CaseMessages.NeitherPersonNorEmployer"] = DiagnosticCode.InvalidValue,
        ["CaseMessages.CannotBeEvaluated"] = DiagnosticCode.InvalidValue,
        ["CaseMessages.NegativeAmount"] = DiagnosticCode.InvalidValue,
        ["CaseMessages.BeforeBirth"] = DiagnosticCode.InvalidDate,
        ["WordMessages.NotAWord"] = DiagnosticCode.InvalidValue,
        ["WordMessages.NotAGrade"] = DiagnosticCode.InvalidValue,
        ["CaseMessages.ParameterTooLarge"] = DiagnosticCode.ParameterValueKind,
        ["CaseMessages.ParameterNotANumberOrSwitch"] = DiagnosticCode.ParameterValueKind,
        ["CaseMessages.NoSuchParameter"] = DiagnosticCode.UnknownName,
        ["CaseMessages.ParameterIsASwitch"] = DiagnosticCode.ParameterValueKind,
        ["CaseMessages.ParameterIsANumber"] = DiagnosticCode.ParameterValueKind,
        ["CaseMessages.NoSuchRule"] = DiagnosticCode.UnknownName,
        ["CaseMessages.OutputNotOneValue"] = DiagnosticCode.WrongType,
        ["CaseMessages.NoSuchOutput"] = DiagnosticCode.UnknownName,
        ["InputMessages.NotJson"] = DiagnosticCode.JsonSyntax,
        ["InputMessages.NothingIn"] = DiagnosticCode.WrongType,
        ["InputMessages.DoesNotFit"] = DiagnosticCode.WrongType,
        ["InputMessages.TooManyKeys"] = DiagnosticCode.TooLarge,
        ["InputMessages.KeyTooLong"] = DiagnosticCode.TooLarge,
        ["InputMessages.TooManyEntries"] = DiagnosticCode.TooLarge,
        ["InputMessages.TextTooLong"] = DiagnosticCode.TooLarge,
        ["PersonFileMessages.NotACounty"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.NoMembers"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.SubjectNotAMember"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.OwnParent"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.ParentNotAMember"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.CareNeedOutOfRange"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.YearOutOfRange"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.ValidityYearsOutOfRange"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.RevokedWithoutReason"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.NotAChange"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.NoDisabilities"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.GradeOutOfRange"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.InvisibleCharacter"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.NotAName"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.EmptyText"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.Negative"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.UntilBeforeFrom"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.NotADate"] = DiagnosticCode.InvalidDate,
        ["PersonFileMessages.NotValid"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.Refused"] = DiagnosticCode.InvalidValue,
        ["PersonFileMessages.RefusedByDotNet"] = DiagnosticCode.InvalidValue,
        ["CatalogMessages.VersionDefinedTwice"] = DiagnosticCode.DuplicateProgram,
        ["CatalogMessages.PeriodsOverlap"] = DiagnosticCode.OverlappingPeriods,
        ["DocumentMessages.InvalidProgramId"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.NoLegalReferences"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.EndsBeforeItStarts"] = DiagnosticCode.InvalidDate,
        ["DocumentMessages.QuotaYearTwice"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.QuotaYearOutOfRange"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.NegativeQuota"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.InvalidParameterName"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.ParameterDeclaredTwice"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.ParameterWithoutValues"] = DiagnosticCode.ParameterHasNoValueOnStart,
        ["DocumentMessages.ValuesOutOfOrder"] = DiagnosticCode.ParameterValuesOutOfOrder,
        ["DocumentMessages.NoValueOnFirstDay"] = DiagnosticCode.ParameterHasNoValueOnStart,
        ["DocumentMessages.SwitchNotTrueOrFalse"] = DiagnosticCode.ParameterValueKind,
        ["DocumentMessages.NegativeParameterValue"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.ParameterValueNotANumber"] = DiagnosticCode.ParameterValueKind,
        ["DocumentMessages.NoRules"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.TooManyTopLevelRules"] = DiagnosticCode.ExpressionTooLarge,
        ["DocumentMessages.EmptyRuleName"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.UnreadableRuleName"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.RuleNameTaken"] = DiagnosticCode.DuplicateRuleName,
        ["DocumentMessages.NoEnglishReason"] = DiagnosticCode.MissingReason,
        ["DocumentMessages.NoChineseReason"] = DiagnosticCode.MissingReason,
        ["DocumentMessages.UnknownExpressionType"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.UnknownOperator"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.OperatorWithoutRules"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.OperatorAndExpression"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.NestedTooDeep"] = DiagnosticCode.ExpressionTooLarge,
        ["DocumentMessages.NeitherExpressionNorOperator"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.RulesWithoutOperator"] = DiagnosticCode.InvalidRuleShape,
        ["DocumentMessages.TooManyScopedParams"] = DiagnosticCode.ExpressionTooLarge,
        ["DocumentMessages.InvalidScopedParamName"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.ScopedParamHidesAnother"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.ScopedParamDeclaredTwice"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.NoBenefits"] = DiagnosticCode.InvalidValue,
        ["DocumentMessages.InvalidBenefitId"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.BenefitIdTwice"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.InvalidOutputId"] = DiagnosticCode.InvalidName,
        ["DocumentMessages.OutputIdTwice"] = DiagnosticCode.DuplicateName,
        ["DocumentMessages.NotADate"] = DiagnosticCode.InvalidDate,
        ["DocumentMessages.EmptyText"] = DiagnosticCode.InvalidValue,
        ["ExpressionMessages.Empty"] = DiagnosticCode.ExpressionSyntax,
        ["ExpressionMessages.NotBuilt"] = DiagnosticCode.ExpressionType,
        ["ExpressionMessages.TypesDoNotFit"] = DiagnosticCode.ExpressionType,
        ["ExpressionMessages.NewObject"] = DiagnosticCode.SandboxViolation,
        ["ExpressionMessages.NotAParameter"] = DiagnosticCode.UnknownName,
        ["ExpressionMessages.NotAFact"] = DiagnosticCode.UnknownName,
        ["ExpressionMessages.NoSuchMember"] = DiagnosticCode.UnknownName,
        ["ExpressionMessages.UnknownName"] = DiagnosticCode.UnknownName,
        ["ExpressionMessages.NotACondition"] = DiagnosticCode.ExpressionType,
        ["ExpressionMessages.NotAccessible"] = DiagnosticCode.SandboxViolation,
        ["ExpressionMessages.Unreadable"] = DiagnosticCode.ExpressionSyntax,
        ["ExpressionMessages.Forbidden"] = DiagnosticCode.SandboxViolation,
        ["ExpressionMessages.LookAlike"] = DiagnosticCode.ExpressionSyntax,
        ["ExpressionMessages.ReasonNamesNoParameter"] = DiagnosticCode.UnknownName,
        ["ExpressionMessages.AmountNotDecimal"] = DiagnosticCode.AmountType,
        ["ExpressionMessages.AmountDividesWholeNumbers"] = DiagnosticCode.AmountType,
        ["ExpressionMessages.OutputNotOneValue"] = DiagnosticCode.ExpressionType,
        ["ExpressionMessages.ScopedParamNotOneValue"] = DiagnosticCode.ExpressionType,
        ["FileMessages.IsAFolder"] = DiagnosticCode.Unreadable,
        ["FileMessages.DoesNotExist"] = DiagnosticCode.Unreadable,
        ["FileMessages.EmptyFile"] = DiagnosticCode.Unreadable,
        ["FileMessages.NotARegularFile"] = DiagnosticCode.Unreadable,
        ["FileMessages.LargerThan"] = DiagnosticCode.Unreadable,
        ["FileMessages.CannotOpen"] = DiagnosticCode.Unreadable,
        ["FileMessages.RuleSetTooLarge"] = DiagnosticCode.Unreadable,
        ["FileMessages.RuleSetUnreadable"] = DiagnosticCode.Unreadable,
        ["FileMessages.NotJson"] = DiagnosticCode.JsonSyntax,
        ["FileMessages.NoRuleSet"] = DiagnosticCode.WrongType,
        ["FileMessages.NotARuleSet"] = DiagnosticCode.WrongType,
        ["ReloadMessages.FolderUnreadable"] = DiagnosticCode.Unreadable,
        ["ReloadMessages.NoRuleSets"] = DiagnosticCode.NoRuleSets,
        ["ReloadMessages.ProgramRemoved"] = DiagnosticCode.ProgramRemoved,
        ["SandboxMessages.Reflection"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.Clock"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.Generator"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.Construct"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.Disallowed"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.QueriesTooDeep"] = DiagnosticCode.ExpressionTooLarge,
        ["SandboxMessages.Culture"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.Format"] = DiagnosticCode.ExpressionTooLarge,
        ["SandboxMessages.Invisible"] = DiagnosticCode.SandboxViolation,
        ["SandboxMessages.BracketsTooDeep"] = DiagnosticCode.ExpressionTooLarge,
        ["SandboxMessages.TooLong"] = DiagnosticCode.ExpressionTooLarge,
        ["SandboxMessages.TooLarge"] = DiagnosticCode.ExpressionTooLarge,
        ["ShapeMessages.NullItem"] = DiagnosticCode.WrongType,
        ["ShapeMessages.KeyTwice"] = DiagnosticCode.DuplicateKey,
        ["ShapeMessages.RequiredKeyMissing"] = DiagnosticCode.MissingKey,
        ["ShapeMessages.KeyMisspelt"] = DiagnosticCode.UnknownKey,
        ["ShapeMessages.KeyNotAllowed"] = DiagnosticCode.UnknownKey,
        ["ShapeMessages.WordNotAllowed"] = DiagnosticCode.InvalidValue,
        ["ShapeMessages.AmountTooLarge"] = DiagnosticCode.WrongType,
        ["ShapeMessages.WrongJsonType"] = DiagnosticCode.WrongType,
        ["SizeMessages.TooMany"] = DiagnosticCode.ExpressionTooLarge,
    };

    private static readonly Type[] FactoryClasses =
    [
        typeof(FileMessages), typeof(ShapeMessages), typeof(DocumentMessages), typeof(SizeMessages), typeof(ExpressionMessages),
        typeof(SandboxMessages), typeof(CatalogMessages), typeof(ReloadMessages), typeof(InputMessages), typeof(CaseMessages), typeof(PersonFileMessages),
        typeof(WordMessages),
    ];

    [Fact]
    public void EveryCode_HasExactlyOneDescriptor_FoundByItsCode()
    {
        var codes = Enum.GetValues<DiagnosticCode>();

        Assert.Equal(codes.Length, DiagnosticDescriptors.All.Count);
        Assert.All(codes, code => Assert.Single(DiagnosticDescriptors.All, d => d.Code == code));
        Assert.All(codes, code => Assert.Equal(code, DiagnosticDescriptors.For(code).Code));
        Assert.Equal(codes.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryDescriptor_HasItsTitleAndFix_InEnglishWithoutChineseAndInChinese()
    {
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Matches(@"^DPF1\d\d$", d.Id);
            Assert.All(new[] { d.Title, d.Fix }, english => Assert.DoesNotMatch(Chinese(), english));
            Assert.All(new[] { d.Title, d.Fix }, english => Assert.Matches("[A-Za-z]{3}", english));
            Assert.All(new[] { d.TitleZh, d.FixZh }, chinese => Assert.Matches(Chinese(), chinese));
        });
    }

    [Fact]
    public void EveryDescriptorField_IsListedOnce_InAll()
    {
        var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

        Assert.Equal(fields.Count, DiagnosticDescriptors.All.Count);
        Assert.All(fields, f => Assert.Contains(f, DiagnosticDescriptors.All));
    }

    [Fact]
    public void EveryFactory_IsListed_AndEveryListedFactoryExists()
    {
        var found = Factories().Select(f => $"{f.DeclaringType!.Name}.{f.Name}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(FactoryCodes.Keys.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void EveryFactory_ReportsUnderItsListedCode_WithBothTextsAndBothFixes()
    {
        foreach (var factory in Factories())
        {
            var name = $"{factory.DeclaringType!.Name}.{factory.Name}";
            foreach (var arguments in SampleArguments(factory))
            {
                var message = (DiagnosticMessage)factory.Invoke(null, arguments)!;

                Assert.True(FactoryCodes[name] == message.Code, $"{name} reports under {message.Code}, not {FactoryCodes[name]}.");
                Assert.Same(DiagnosticDescriptors.For(message.Code), message.Descriptor);
                Assert.False(Chinese().IsMatch(message.Text), $"{name}: the English text has Chinese characters: {message.Text}");
                Assert.Matches(Chinese(), message.TextZh);
                Assert.Matches("[A-Za-z]{3}", message.Fix);
                Assert.Matches(Chinese(), message.FixZh);
            }
        }
    }

    [Fact]
    public void AMessageWithoutItsOwnFix_HasItsDescriptorsFix()
    {
        var message = DocumentMessages.ValuesOutOfOrder("Amount", "2019-01-01", "2020-01-01");

        Assert.Equal((DiagnosticDescriptors.ParameterValuesOutOfOrder.Fix, DiagnosticDescriptors.ParameterValuesOutOfOrder.FixZh), (message.Fix, message.FixZh));
    }

    [Fact]
    public void ADiagnostic_TakesItsCodeAndTextsFromItsMessage()
    {
        var bag = new DiagnosticBag("p1.ruleset.json");

        bag.Report(DocumentMessages.RuleNameTaken("IsPoor", 12), new SourcePosition(30, 7), "IsPoor");

        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCode.DuplicateRuleName, 30, 7, "IsPoor"), (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.RuleName));
        Assert.Equal("p1.ruleset.json:30:7: DPF112 [rule IsPoor] The rule name \"IsPoor\" is already used at line 12 (names differing only in upper and lower case count as the same). Fix: Rule names must be unique in a rule set; decisions report failed rules by name.", diagnostic.Format(chinese: false));
        Assert.Equal("p1.ruleset.json:30:7: DPF112 [规则 IsPoor] 规则名“IsPoor”已在第12行使用（只有大小写不同的名称视为相同）。 修改建议：规则名在规则集中必须唯一，判定结果按名称报告未通过的规则。", diagnostic.Format(chinese: true));
    }

    [Theory]
    [InlineData("rule-authoring.md")]
    [InlineData("rule-authoring.zh-CN.md")]
    public void TheCodeTableOfTheGuide_ListsExactlyTheCataloguesCodes(string guide)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", guide));
        var rows = TableRow().Matches(text).Select(m => $"{m.Groups["id"].Value} {m.Groups["name"].Value}").ToList();

        Assert.Equal(DiagnosticDescriptors.All.Select(d => $"{d.Id} {d.Code}"), rows);
    }

    private static IEnumerable<MethodInfo> Factories() =>
        FactoryClasses.SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(method => method.ReturnType == typeof(DiagnosticMessage));

    /// <summary>One set of sample arguments, and one more with null for each nullable text (a suggestion that may be absent).</summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        yield return [.. parameters.Select(p => Sample(p.ParameterType))];
        var nullability = new NullabilityInfoContext();
        if (parameters.Any(p => p.ParameterType == typeof(string) && nullability.Create(p).WriteState == NullabilityState.Nullable))
        {
            yield return [.. parameters.Select(p => p.ParameterType == typeof(string) && nullability.Create(p).WriteState == NullabilityState.Nullable ? null : Sample(p.ParameterType))];
        }
    }

    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "Sample",
        _ when type == typeof(int) => 3,
        _ when type == typeof(long) => 5L * 1024 * 1024,
        _ when type == typeof(decimal) => -1.5m,
        _ when type == typeof(bool) => true,
        _ when type == typeof(object) => 1000m,
        _ when type == typeof(LocalDate) => new LocalDate(2019, 7, 1),
        _ when type == typeof(JsonValueKind) => JsonValueKind.String,
        _ when type == typeof(ExpressionType) => ExpressionType.New,
        _ when type == typeof(BilingualText) => new BilingualText("a sample", "示例"),
        _ when type == typeof(DetailAndFix) => new DetailAndFix(new BilingualText("a sample", "示例"), new BilingualText("Fix the sample.", "请修改示例。")),
        _ when type == typeof(SizeMessages.Counted) => SizeMessages.Rules,
        _ when type.IsAssignableFrom(typeof(string[])) => new[] { "First", "Second" },
        _ when type == typeof(IReadOnlyList<(string, BilingualText)>) => new[] { ("Age", new BilingualText("age", "年龄")) },
        _ when type == typeof(DpfDomain.Rules.Model.ParameterUnit) => DpfDomain.Rules.Model.ParameterUnit.YuanPerYear,
        _ => throw new InvalidOperationException($"No sample for {type}; add one."),
    };

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\| (?<id>DPF\d+) \| (?<name>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}

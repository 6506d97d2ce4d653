using System.Text;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>Where a problem is, said in words first (named by what the file names), the JSON path after it.</summary>
public sealed class LocationWordsTests
{
    private static readonly SourceNode RuleSet = Parse(RuleSetText.Build(rules: """
              { "RuleName": "Outer", "Operator": "And", "Rules": [ { "RuleName": "AgeLimit", "Expression": "true" }, { "Expression": "true" } ] }
        """));

    private static readonly SourceNode Cases = Parse("""
        { "Program": "P1", "Cases": [ { "Name": "低保户精神二级", "Person": { "Household": { "Members": [ { "Certificate": { } } ] } } } ] }
        """);

    [Theory]
    [InlineData("Parameters[0].Values[1]", "the 2nd value of parameter AmountPerYear (Parameters[0].Values[1])", "参数 AmountPerYear 的第 2 个取值（Parameters[0].Values[1]）")]
    [InlineData("Parameters[0].Values[1].From", "the key \"From\" of the 2nd value of parameter AmountPerYear (Parameters[0].Values[1].From)", "参数 AmountPerYear 的第 2 个取值的键“From”（Parameters[0].Values[1].From）")]
    [InlineData("Eligibility.Rules[0].Rules[0]", "rule AgeLimit (Eligibility.Rules[0].Rules[0])", "规则 AgeLimit（Eligibility.Rules[0].Rules[0]）")]
    [InlineData("Eligibility.Rules[0].Rules[1]", "the 2nd nested rule of rule Outer (Eligibility.Rules[0].Rules[1])", "规则 Outer 的第 2 条子规则（Eligibility.Rules[0].Rules[1]）")]
    [InlineData("Eligibility.Rules", "the key \"Rules\" of the eligibility conditions (Eligibility.Rules)", "资格条件的键“Rules”（Eligibility.Rules）")]
    [InlineData("Program.LegalReferences[0]", "the 1st legal reference of the program (Program.LegalReferences[0])", "项目的第 1 个政策依据（Program.LegalReferences[0]）")]
    [InlineData("Benefits[0].Amount", "the key \"Amount\" of benefit Subsidy (Benefits[0].Amount)", "待遇 Subsidy 的键“Amount”（Benefits[0].Amount）")]
    [InlineData("", "the top level of the file", "文件顶层")]
    public void APathOfARuleSet_IsSaidInWords_ThenThePath(string path, string english, string chinese) =>
        Assert.Equal(new BilingualText(english, chinese), LocationWords.Of(path, RuleSet));

    [Theory]
    [InlineData("Household.Members[0].Certificate", "the certificate of household member 1", "第 1 位家庭成员的残疾证")]
    [InlineData("Household.Members[2].Certificate.Components[0].Category", "the category of the 1st disability of the certificate of household member 3", "第 3 位家庭成员的残疾证的第 1 项残疾的类别")]
    [InlineData("Household.Members[0].Certificate.Components[0].Grade", "the grade of the 1st disability of the certificate of household member 1", "第 1 位家庭成员的残疾证的第 1 项残疾的等级")]
    [InlineData("Household.County", "the county of the household", "家庭的户籍所在县")]
    [InlineData("Household.Members[1].Id", "the identity number of household member 2", "第 2 位家庭成员的身份证号")]
    [InlineData("Household.Members[0].PsychiatricTreatmentYears[1]", "the 2nd year of psychiatric treatment of household member 1", "第 1 位家庭成员的第 2 个精神科治疗年份")]
    [InlineData("Household.Poverty[0].Until", "the end date of poverty status 1", "第 1 个贫困状态的结束日期")]
    [InlineData("Expected.Amount", "the amount of the expected decision", "预期结果的金额")]
    [InlineData("Household.Members[0].Certificate.Components", "the disabilities of the certificate of household member 1", "第 1 位家庭成员的残疾证的残疾项目")]
    [InlineData("Household.Members", "the members of the household", "家庭的成员")]
    [InlineData("Id", "the key \"Id\"", "键“Id”")]
    public void APathOfAPersonFile_IsSaidInWords(string path, string english, string chinese) =>
        Assert.Equal(new BilingualText(english, chinese), LocationWords.Words(path, null));

    [Fact]
    public void APathInACase_IsSaidWithTheCaseName()
    {
        Assert.Equal(
            new BilingualText("the certificate of household member 1 of case \"低保户精神二级\"", "用例“低保户精神二级”的第 1 位家庭成员的残疾证"),
            LocationWords.Words("Cases[0].Person.Household.Members[0].Certificate", Cases));
        Assert.Equal(new BilingualText("the 2nd case", "第 2 个用例"), LocationWords.Words("Cases[1]", Cases));
    }

    [Fact]
    public void AnUnnamedPart_IsCounted_FromOne()
    {
        Assert.Equal(new BilingualText("the 3rd rule of the eligibility conditions", "资格条件的第 3 条规则"), LocationWords.Words("Eligibility.Rules[2]", null));
        Assert.Equal(new BilingualText("item 1 of the key \"Extra\"", "键“Extra”的第 1 项"), LocationWords.Words("Extra[0]", null));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    [InlineData(111, "111th")]
    public void Ordinals_AreEnglish(int number, string ordinal) => Assert.Equal(ordinal, LocationWords.Ordinal(number));

    /// <summary>Any text as a path, with or without a file: words in both languages, never an exception.</summary>
    [Property]
    public Property AnyPath_IsSaidInBothLanguages_NeverThrown() =>
        Prop.ForAll(Arb.From(Gen.Elements("Parameters", "Values", "Rules", "[0]", "[12]", "[", "]", ".", "[x]", "Household", "Members", "Person", "Cases", "名称", "", "[99999999999]")
            .ListOf().Select(parts => string.Concat(parts))), path =>
        {
            var withFile = LocationWords.Of(path, RuleSet);
            var without = LocationWords.Of(path, null);

            Assert.False(string.IsNullOrEmpty(withFile.English) || string.IsNullOrEmpty(withFile.Chinese) || string.IsNullOrEmpty(without.English) || string.IsNullOrEmpty(without.Chinese));
        });

    private static SourceNode Parse(string json) => SourceParser.Parse(new SourceLines(Encoding.UTF8.GetBytes(json)), 64, out _)!;
}

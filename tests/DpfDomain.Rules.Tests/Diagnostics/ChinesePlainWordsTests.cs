using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>
/// Chinese messages say units in Chinese words, name no library, suggest the operator a Chinese
/// word for "and" or "or" means, and join lists with '、'.
/// </summary>
public sealed class ChinesePlainWordsTests
{
    [Fact]
    public void AParameterValueThatIsNoNumber_NamesTheUnitInWords()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000", "\"Value\": \"一千\"", StringComparison.Ordinal));

        var diagnostic = RuleSetText.Validate(json).Single(d => d.Code == DiagnosticCode.ParameterValueKind);

        Assert.Equal(("\"AmountPerYear\" is measured in yuan per year, so its value must be a number.", "“AmountPerYear”的单位是元/年，取值必须是数字。"), (diagnostic.Message, diagnostic.MessageZh));
    }

    [Fact]
    public void ANegativeParameterValue_NamesTheUnitInWords()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 16", "\"Value\": -16", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(("\"MinAge\" is measured in years and cannot be negative.", "“MinAge”的单位是年，取值不能为负数。"), (diagnostic.Message, diagnostic.MessageZh));
    }

    [Fact]
    public void AUnitWrittenInChinese_IsRefused_WithItsEnglishName_AndEveryUnitWithItsChineseWords_AndNoUnitIsMadeUpForTheValue()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters
            .Replace("\"Unit\": \"YuanPerYear\"", "\"Unit\": \"元/年\"", StringComparison.Ordinal)
            .Replace("\"Value\": 1000", "\"Value\": \"一千\"", StringComparison.Ordinal));

        var diagnostics = RuleSetText.Validate(json);

        var unit = diagnostics.Single(d => d.Code == DiagnosticCode.InvalidValue);
        Assert.Equal((10, 40), (unit.Line, unit.Column));
        Assert.Equal("参数 AmountPerYear 的键“Unit”（Parameters[0].Unit）不能是“元/年”。", unit.MessageZh);
        Assert.Equal(
            "是否应为“YuanPerYear”？可填：Yuan（元）、YuanPerMonth（元/月）、YuanPerYear（元/年）、Years（年）、Percent（%）、Count（人）、Switch（开关）。",
            unit.HintZh);
        Assert.Equal("Did you mean \"YuanPerYear\"? Allowed: Yuan, YuanPerMonth, YuanPerYear, Years, Percent, Count, Switch.", unit.Hint);
        var value = diagnostics.Single(d => d.Code == DiagnosticCode.ParameterValueKind);
        Assert.Equal(("The value of \"AmountPerYear\" must be a number.", "“AmountPerYear”的取值必须是数字。"), (value.Message, value.MessageZh));
    }

    [Theory]
    [InlineData("或", "Or")]
    [InlineData("或者", "Or")]
    [InlineData("与", "And")]
    [InlineData("且", "And")]
    [InlineData("并且", "And")]
    [InlineData("Adn", "And")]
    public void AnOperatorWrittenInChinese_SuggestsTheEnglishOperator_WithoutNamingTheLibrary(string written, string meant)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(rules:
            $$"""
                  { "RuleName": "Poor", "Operator": "{{written}}", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Dibao", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """)));

        Assert.Equal((DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 41), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal($"运算符“{written}”不是 And、AndAlso、Or、OrElse 之一。", diagnostic.MessageZh);
        Assert.Equal($"请写作“{meant}”（必须完全一致，否则该条件会被悄悄忽略）。", diagnostic.HintZh);
        Assert.Equal($"Write \"{meant}\" (exactly this spelling; RulesEngine ignores other spellings silently).", diagnostic.Hint);
    }

    [Fact]
    public void AKeyNotAllowed_ListsTheAllowedKeys_WithTheChineseListMark()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Reference\": \"doc\" }, { \"From\": \"2022-01-01\"", "\"Reference\": \"doc\", \"Zzzzzzzz\": 1 }, { \"From\": \"2022-01-01\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.UnknownKey, diagnostic.Code);
        Assert.Equal("此处允许的键：From、Value、Reference、Source。", diagnostic.HintZh);
        Assert.Equal("Allowed keys here: From, Value, Reference, Source.", diagnostic.Hint);
    }

    [Fact]
    public void AReasonNamingNoParameter_ListsTheParameters_WithTheChineseListMark()
    {
        var rule = "      { \"RuleName\": \"Main\", \"Expression\": \"Person.CertificateValid\", \"ErrorMessage\": \"Fails.\", \"Properties\": { \"ErrorMessageZh\": \"不符合 {Nope}。\" } }";

        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(rules: rule)));

        Assert.Contains("（参数有：AmountPerYear、IncludeMarginal、MinAge）", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.Contains("(parameters: AmountPerYear, IncludeMarginal, MinAge)", diagnostic.Message, StringComparison.Ordinal);
    }
}

using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// One test per diagnostic the loader reports: its code, exact line and column (1-based,
/// in characters; the start of the offending key or value token, or the character inside an
/// expression string), its rule, bilingual texts and did-you-mean hints. Positions refer to
/// the layout documented on <see cref="RuleSetText"/>.
/// </summary>
public sealed class LoaderDiagnosticsTests
{
    private const string ValidRule =
        """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""";

    // ---- The baseline ---------------------------------------------------------------------

    [Fact]
    public void DefaultText_IsValidAndLoads()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.Build()));
        Assert.Equal(["P1"], RuleSetText.Load(RuleSetText.Build()).ProgramIds);
    }

    // ---- JSON syntax ------------------------------------------------------------------------

    [Fact]
    public void TrailingCommaInObject_IsJsonSyntax_AtTheComma()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
            """);

        // Line 7 is "    \"EffectiveFrom\": \"2019-01-01\"," — the comma to delete is character 34.
        AssertDiagnostic(Single(json), DiagnosticCode.JsonSyntax, 7, 34, null);
    }

    [Fact]
    public void TrailingCommaAfterChineseText_ColumnCountsCharactersNotBytes()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program", },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01"
            """);

        // "    \"Name\": { \"zh-CN\": \"测试项目\", \"en\": \"Test program\", }," — the comma to delete is character 52 (it would be byte 60).
        AssertDiagnostic(Single(json), DiagnosticCode.JsonSyntax, 4, 52, null);
    }

    [Fact]
    public void TextAfterTheDocument_IsJsonSyntax()
    {
        var json = RuleSetText.Build() + "{}\n";

        AssertDiagnostic(Single(json), DiagnosticCode.JsonSyntax, 24, 1, null);
    }

    [Fact]
    public void EmptyFile_IsJsonSyntax_AtTheStart()
    {
        AssertDiagnostic(Single(string.Empty), DiagnosticCode.JsonSyntax, 1, 1, null);
    }

    [Fact]
    public void JsonSyntaxMessage_DoesNotRepeatZeroBasedBytePositions()
    {
        var diagnostic = Single(RuleSetText.Build().Replace("\"2019-01-01\"\n", "\"2019-01-01\",\n", StringComparison.Ordinal));

        Assert.DoesNotContain("BytePositionInLine", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- Shape: keys, types, enum words -------------------------------------------------------

    [Fact]
    public void MisspelledKey_IsUnknownKey_WithDidYouMean()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expresion": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownKey, RuleSetText.RuleLine, 29, "Main");
        Assert.Contains("\"Expression\"", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("Expression", diagnostic.HintZh, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongCaseKey_IsUnknownKey_SuggestingTheRightCase()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownKey, RuleSetText.RuleLine, 29, "Main");
        Assert.Contains("\"Expression\"", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledKeyAfterChineseText_ColumnCountsCharacters()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。", "Referance": "doc" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownKey, RuleSetText.RuleLine, 138, "Main");
        Assert.Contains("\"Reference\"", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyFarFromAnyName_HintListsTheAllowedKeys()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "Budget": 100
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownKey, 8, 5, null);
        Assert.Contains("EffectiveUntil", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredKey_IsMissingKey_AtTheObject()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.MissingKey, RuleSetText.RuleLine, 7, "Main");
        Assert.Contains("ErrorMessage", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("ErrorMessage", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWhereTextIsExpected_IsWrongType()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": 2019.1,
                "EffectiveFrom": "2019-01-01"
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.WrongType, 6, 16, null);
        Assert.Contains("Program.Version", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("text", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWhereTrueOrFalseIsExpected_IsWrongType_InTheRule()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Enabled": "yes", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.WrongType, RuleSetText.RuleLine, 40, "Main");
        Assert.Contains("true or false", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NullForAValueType_IsWrongType()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Enabled": null, "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        AssertDiagnostic(Single(json), DiagnosticCode.WrongType, RuleSetText.RuleLine, 40, "Main");
    }

    [Fact]
    public void NullListItem_IsWrongType()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document", null ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01"
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.WrongType, 5, 43, null);
    }

    [Fact]
    public void DuplicateKey_IsReported_AtTheSecondKey()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "Expression": "Person.Dibao", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateKey, RuleSetText.RuleLine, 70, "Main");
        Assert.Contains("Expression", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledEnumWord_IsInvalidValue_WithDidYouMean()
    {
        var json = RuleSetText.Build(benefits:
            """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYer" }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidValue, RuleSetText.BenefitLine, 72, null);
        Assert.Contains("PerYer", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("\"PerYear\"", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("PerYear", diagnostic.HintZh, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumAsNumber_IsWrongType()
    {
        var json = RuleSetText.Build(benefits:
            """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": 2 }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.WrongType, RuleSetText.BenefitLine, 72, null);
        Assert.Contains("PerYear", diagnostic.Hint, StringComparison.Ordinal);
    }

    // ---- Dates and effective periods ---------------------------------------------------------

    [Fact]
    public void DateThatDoesNotExist_IsInvalidDate()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-02-30"
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidDate, 7, 22, null);
        Assert.Contains("2019-02-30", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectiveUntilBeforeEffectiveFrom_IsInvalidDate_AtEffectiveUntil()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "EffectiveUntil": "2018-12-31"
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidDate, 8, 23, null);
        Assert.Contains("2018-12-31", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2019-01-01", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameProgramVersionInTwoFiles_IsDuplicateProgram_InTheSecondFile()
    {
        var diagnostics = RuleCatalog.Validate([RuleSetSource.FromText("a.ruleset.json", RuleSetText.Build()), RuleSetSource.FromText("b.ruleset.json", RuleSetText.Build())]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("b.ruleset.json", diagnostic.File);
        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateProgram, 6, 16, null);
        Assert.Contains("a.ruleset.json", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingVersionsInTwoFiles_IsOverlappingPeriods_AtTheLaterStart()
    {
        var later = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2020.1",
                "EffectiveFrom": "2020-01-01"
            """);

        // The later version is listed first: the report still goes to the version that starts later.
        var diagnostics = RuleCatalog.Validate([RuleSetSource.FromText("b.ruleset.json", later), RuleSetSource.FromText("a.ruleset.json", RuleSetText.Build())]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("b.ruleset.json", diagnostic.File);
        AssertDiagnostic(diagnostic, DiagnosticCode.OverlappingPeriods, 7, 22, null);
        Assert.Contains("2019.1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("\"EffectiveUntil\": \"2019-12-31\"", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsecutiveVersionsInTwoFiles_AreValid()
    {
        var earlier = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "EffectiveUntil": "2019-12-31"
            """);
        var later = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2020.1",
                "EffectiveFrom": "2020-01-01"
            """);

        Assert.Empty(RuleCatalog.Validate([RuleSetSource.FromText("a.ruleset.json", earlier), RuleSetSource.FromText("b.ruleset.json", later)]));
    }

    // ---- Program -------------------------------------------------------------------------------

    [Theory]
    [InlineData("1P")]
    [InlineData("P 1")]
    [InlineData("")]
    [InlineData("P123456789012345678901234567890123")]
    public void InvalidProgramId_IsInvalidName(string id)
    {
        var json = RuleSetText.Build(program:
            $$"""
                "Id": {{RuleSetText.Quote(id)}},
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01"
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidName, 3, 11, null);
        Assert.Contains("P1", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyVersion_IsInvalidValue()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": " ",
                "EffectiveFrom": "2019-01-01"
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidValue, 6, 16, null);
    }

    [Fact]
    public void NoLegalReferences_IsInvalidValue()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01"
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidValue, 5, 24, null);
    }

    [Fact]
    public void QuotaYearTwice_IsDuplicateName_AtTheSecondQuota()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "Quotas": [ { "Year": 2019, "Count": 10 }, { "Year": 2019, "Count": 12 } ]
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateName, 8, 48, null);
        Assert.Contains("2019", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeQuota_IsInvalidValue_AtTheCount()
    {
        var json = RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "Quotas": [ { "Year": 2019, "Count": -1 } ]
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidValue, 8, 42, null);
    }

    // ---- Parameters ------------------------------------------------------------------------------

    [Fact]
    public void ParameterDeclaredTwice_IsDuplicateName_AtTheSecondName()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "doc" } ] },
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1200, "Reference": "doc" } ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateName, 11, 15, null);
        Assert.Contains("AmountPerYear", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterNamesDifferingOnlyInCase_AreDuplicateName()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "doc" } ] },
                { "Name": "amountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1200, "Reference": "doc" } ] }
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.DuplicateName, 11, 15, null);
    }

    [Theory]
    [InlineData("Amount-Per-Year")]
    [InlineData("Person")]
    [InlineData("Parameters")]
    [InlineData("1Amount")]
    public void InvalidParameterName_IsInvalidName(string name)
    {
        var json = RuleSetText.Build(parameters:
            $$"""
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "doc" } ] },
                { "Name": {{RuleSetText.Quote(name)}}, "Unit": "Count", "Values": [ { "From": "2019-01-01", "Value": 1, "Reference": "doc" } ] }
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidName, 11, 15, null);
    }

    [Fact]
    public void ParameterStartingAfterTheProgram_IsParameterHasNoValueOnStart_AtItsFirstDate()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-06-01", "Value": 1000, "Reference": "doc" } ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.ParameterHasNoValueOnStart, 10, 77, null);
        Assert.Contains("2019-01-01", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2019-01-01", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterWithNoValues_IsParameterHasNoValueOnStart_AtTheList()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.ParameterHasNoValueOnStart, 10, 65, null);
        Assert.Contains("2019-01-01", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterValuesOutOfOrder_IsReported_AtTheOutOfOrderDate()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [
                  { "From": "2019-01-01", "Value": 1000, "Reference": "doc" },
                  { "From": "2022-01-01", "Value": 1200, "Reference": "doc" },
                  { "From": "2021-01-01", "Value": 1100, "Reference": "doc" }
                ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.ParameterValuesOutOfOrder, 13, 17, null);
        Assert.Contains("2021-01-01", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2022-01-01", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterValueDatedTwice_IsParameterValuesOutOfOrder()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [
                  { "From": "2019-01-01", "Value": 1000, "Reference": "doc" },
                  { "From": "2019-01-01", "Value": 1200, "Reference": "doc" }
                ] }
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.ParameterValuesOutOfOrder, 12, 17, null);
    }

    [Fact]
    public void SwitchWithANumber_IsParameterValueKind_AtTheValue()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "doc" } ] },
                { "Name": "IncludeMarginal", "Unit": "Switch", "Values": [ { "From": "2019-01-01", "Value": 0, "Reference": "doc" } ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.ParameterValueKind, 11, 97, null);
        Assert.Contains("IncludeMarginal", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("true or false", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountWithQuotedNumber_IsParameterValueKind_AtTheValue()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": "1000", "Reference": "doc" } ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.ParameterValueKind, 10, 100, null);
        Assert.Contains("number", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterValueWithoutReference_IsInvalidValue_AtTheReference()
    {
        var json = RuleSetText.Build(parameters:
            """
                { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "" } ] }
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidValue, 10, 119, null);
    }

    // ---- Rules -------------------------------------------------------------------------------------

    [Fact]
    public void RuleNameUsedAgainInANestedRule_IsDuplicateRuleName_AtTheNestedName()
    {
        var json = RuleSetText.Build(rules:
            ValidRule + ",\n" +
            """
                  { "RuleName": "Poor", "Operator": "Or", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Main", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateRuleName, 19, 23, "Main");
        Assert.Contains("line 17", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("17", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevelRuleNameTwice_IsDuplicateRuleName()
    {
        var json = RuleSetText.Build(rules: ValidRule + ",\n" + ValidRule);

        AssertDiagnostic(Single(json), DiagnosticCode.DuplicateRuleName, 18, 21, "Main");
    }

    [Fact]
    public void EmptyRuleName_IsInvalidName()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidName, RuleSetText.RuleLine, 21, null);
    }

    [Fact]
    public void EmptyErrorMessage_IsMissingReason_AtTheValue()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "ErrorMessage": "", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.MissingReason, RuleSetText.RuleLine, 86, "Main");
        Assert.Contains("ErrorMessage", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyErrorMessageZh_IsMissingReason_AtTheValue()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "  " } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.MissingReason, RuleSetText.RuleLine, 130, "Main");
        Assert.Contains("ErrorMessageZh", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRuleExpressionType_IsInvalidValue()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "RuleExpressionType": "Lambda", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidValue, RuleSetText.RuleLine, 51, "Main");
        Assert.Contains("LambdaExpression", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerCaseOperator_IsInvalidRuleShape_WithTheRightSpelling()
    {
        var json = RuleSetText.Build(rules:
            """
                  { "RuleName": "Poor", "Operator": "and", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Dibao", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 41, "Poor");
        Assert.Contains("\"And\"", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("And", diagnostic.HintZh, StringComparison.Ordinal);
    }

    [Fact]
    public void OperatorWithExpression_IsInvalidRuleShape_AtTheExpression()
    {
        var json = RuleSetText.Build(rules:
            """
                  { "RuleName": "Poor", "Operator": "Or", "Expression": "Person.Dibao", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Dibao", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 61, "Poor");
        Assert.Contains("Operator", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OperatorWithoutNestedRules_IsInvalidRuleShape_AtTheOperator()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Poor", "Operator": "Or", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [ ] }""");

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 41, "Poor");
    }

    [Fact]
    public void NestedRulesWithoutOperator_IsInvalidRuleShape_AtTheNestedRules()
    {
        var json = RuleSetText.Build(rules:
            """
                  { "RuleName": "Poor", "Expression": "Person.Dibao", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Dibao", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """);

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 141, "Poor");
        Assert.Contains("\"Operator\"", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedRulesWithNeitherOperatorNorExpression_ReportsTheMissingOperator()
    {
        var json = RuleSetText.Build(rules:
            """
                  { "RuleName": "Poor", "ErrorMessage": "Not poor.", "Properties": { "ErrorMessageZh": "不困难。" }, "Rules": [
                    { "RuleName": "Dibao", "Expression": "Person.Dibao", "ErrorMessage": "No dibao.", "Properties": { "ErrorMessageZh": "无低保。" } }
                  ] }
            """);

        var diagnostics = RuleSetText.Validate(json);

        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCode.InvalidRuleShape, "Poor"), (d.Code, d.RuleName)));
        AssertDiagnostic(Assert.Single(diagnostics, d => d.Column == 111), DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 111, "Poor");
    }

    [Fact]
    public void RuleWithNeitherExpressionNorOperator_IsInvalidRuleShape_AtTheRule()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidRuleShape, RuleSetText.RuleLine, 7, "Main");
        Assert.Contains("Expression", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRules_IsInvalidRuleShape_AtTheList()
    {
        var json = RuleSetText.Build(rules: string.Empty);

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidRuleShape, 16, 14, null);
    }

    [Fact]
    public void MoreTopLevelRulesThanTheLimit_IsExpressionTooLarge()
    {
        var rules = string.Join(",\n", Enumerable.Range(1, DpfDomain.Rules.Compilation.SandboxLimits.MaxTopLevelRules + 1).Select(i => RuleSetText.Rule("Person.CertificateValid", $"R{i}")));

        var diagnostic = Single(RuleSetText.Build(rules: rules));

        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionTooLarge, 16, 14, null);
        Assert.Contains("64", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesNestedDeeperThanTheLimit_IsExpressionTooLarge()
    {
        // Level 1 is the top-level rule; level 9 would exceed the limit of 8.
        var rule = """{ "RuleName": "L9", "Expression": "Person.Dibao", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" } }""";
        for (var level = 8; level >= 1; level--)
        {
            rule = $$"""{ "RuleName": "L{{level}}", "Operator": "And", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" }, "Rules": [ {{rule}} ] }""";
        }

        var diagnostic = Single(RuleSetText.Build(rules: "      " + rule));

        Assert.Equal((DiagnosticCode.ExpressionTooLarge, RuleSetText.RuleLine, "L8"), (diagnostic.Code, diagnostic.Line, diagnostic.RuleName));
        Assert.Contains("8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalParamDeclaredTwice_IsDuplicateName_InTheRule()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "a", "Expression": "Person.Dibao" }, { "Name": "A", "Expression": "Person.IsRural" } ], "Expression": "a", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.DuplicateName, RuleSetText.RuleLine, 103, "Main");
    }

    [Fact]
    public void InvalidLocalParamName_IsInvalidName()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "Person", "Expression": "Person.Dibao" } ], "Expression": "Person.Dibao", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidName, RuleSetText.RuleLine, 56, "Main");
    }

    // ---- Expressions -------------------------------------------------------------------------------

    [Fact]
    public void ExpressionSyntaxError_IsExpressionSyntax_AtTheCharacter()
    {
        // "Person.Age >== 18": the stray '=' is character 13 (0-based) of the expression.
        var diagnostic = Single(RuleSetText.WithExpression("Person.Age >== 18"));

        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 13, "Main");
    }

    [Fact]
    public void UnclosedBracket_IsExpressionSyntax_AtTheEnd()
    {
        const string Expression = "Person.Age >= 18 && (Person.Dibao";

        var diagnostic = Single(RuleSetText.WithExpression(Expression));

        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + Expression.Length, "Main");
        Assert.Contains(")", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyExpression_IsExpressionSyntax()
    {
        var diagnostic = Single(RuleSetText.WithExpression(string.Empty));

        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn - 1, "Main");
    }

    [Fact]
    public void MisspelledFact_IsUnknownName_WithDidYouMean()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.Agee >= 18"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 7, "Main");
        Assert.Contains("Agee", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Age'", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("Age", diagnostic.HintZh, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledParameter_IsUnknownName_WithDidYouMean()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.Age >= Parameters.MinAg"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 25, "Main");
        Assert.Contains("MinAg", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'MinAge'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledRoot_IsUnknownName_SuggestingPerson()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Persn.Age >= 18"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn, "Main");
        Assert.Contains("'Person'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledFactThatIsAPrefixOfAnEarlierName_PointsAtTheMisspelling()
    {
        // "Person.Age > 1 && Person.Ag > 1": 'Ag' is character 25.
        var diagnostic = Single(RuleSetText.WithExpression("Person.Age > 1 && Person.Ag > 1"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 25, "Main");
    }

    [Fact]
    public void MisspelledStringMember_IsNotCalledAParameter()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.SchoolStage.Lenght > 0"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 19, "Main");
        Assert.DoesNotContain("parameter", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Length", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledParameterWithoutAComparison_IsUnknownName()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Parameters.IncludeMarginl"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 11, "Main");
        Assert.Contains("'IncludeMarginal'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorInAnExpressionMentioningAForbiddenWordInALiteral_IsExpressionSyntax()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.Age >== 18 || Person.SchoolStage == \"Type\""));

        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 13, "Main");
    }

    [Fact]
    public void SyntaxErrorInAnExpressionUsingALocalParamNamedTask_IsExpressionSyntax()
    {
        const string Expression = "task && (Person.Dibao";
        var json = RuleSetText.Build(rules:
            $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "task", "Expression": "Person.Age > 60" } ], "Expression": "{{Expression}}", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        // The expression's first character is column 116; the error is at its end.
        AssertDiagnostic(Single(json), DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, 116 + Expression.Length, "Main");
    }

    [Fact]
    public void PositionInsideAnEscapedExpression_CountsTheEscapesInTheFile()
    {
        // In the file: "Person.SchoolStage == \"Primary\" && Person.Agee > 1" — decoded, 'Agee' is character 42,
        // in the file it is two backslashes further.
        var diagnostic = Single(RuleSetText.WithExpression("Person.SchoolStage == \"Primary\" && Person.Agee > 1"));

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 42 + 2, "Main");
    }

    [Fact]
    public void PositionAfterAUnicodeEscape_CountsTheSixCharacters()
    {
        // \u0050 is 'P': one decoded character, six in the file.
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expression": "\u0050erson.Agee >= 18", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        AssertDiagnostic(Single(json), DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 7 + 5, "Main");
    }

    [Fact]
    public void NumberInsteadOfCondition_IsExpressionType_AtTheExpression()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.Age + 1"));

        // A problem of the whole expression points at its string token.
        AssertDiagnostic(diagnostic, DiagnosticCode.ExpressionType, RuleSetText.RuleLine, RuleSetText.ExpressionColumn - 1, "Main");
        Assert.Contains("Person.Age >= 18", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemInALocalParam_IsReported_InsideItsExpression()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "old", "Expression": "Person.Agee > 60" } ], "Expression": "old", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = RuleSetText.Validate(json)[0];

        AssertDiagnostic(diagnostic, DiagnosticCode.UnknownName, RuleSetText.RuleLine, 85, "Main");
        Assert.Contains("'Age'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemInALocalParam_IsReportedOnce()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "old", "Expression": "Person.Agee > 60" } ], "Expression": "old", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        AssertDiagnostic(Single(json), DiagnosticCode.UnknownName, RuleSetText.RuleLine, 85, "Main");
    }

    [Fact]
    public void NonBooleanBenefitCondition_IsExpressionType()
    {
        var json = RuleSetText.Build(benefits:
            """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear", "Condition": "Person.Age" }""");

        AssertDiagnostic(Single(json), DiagnosticCode.ExpressionType, RuleSetText.BenefitLine, 96, null);
    }

    // ---- Benefits ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("0.5 * 2", "m suffix")]
    [InlineData("Person.Dibao", "Parameters.AmountPerYear")]
    [InlineData("Person.SchoolStage", "Parameters.AmountPerYear")]
    public void AmountThatIsNotADecimal_IsAmountType(string amount, string hint)
    {
        var json = RuleSetText.Build(benefits:
            $$"""    { "Id": "Subsidy", "Amount": {{RuleSetText.Quote(amount)}}, "Period": "PerYear" }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.AmountType, RuleSetText.BenefitLine, 34, null);
        Assert.Contains("Subsidy", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(hint, diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountDividingWholeNumbers_IsAmountType()
    {
        var json = RuleSetText.Build(benefits:
            """    { "Id": "Subsidy", "Amount": "1000 / 12", "Period": "PerMonth" }""");

        var diagnostic = Single(json);

        AssertDiagnostic(diagnostic, DiagnosticCode.AmountType, RuleSetText.BenefitLine, 34, null);
        Assert.Contains("1000m / 12", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NoBenefits_IsInvalidValue_AtTheList()
    {
        var diagnostic = Single(RuleSetText.Build(benefits: string.Empty));

        AssertDiagnostic(diagnostic, DiagnosticCode.InvalidValue, 20, 15, null);
        Assert.Contains("Benefits", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BenefitIdTwice_IsDuplicateName_AtTheSecondId()
    {
        var json = RuleSetText.Build(benefits:
            """
                { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear" },
                { "Id": "Subsidy", "Amount": "100m", "Period": "OneOff" }
            """);

        AssertDiagnostic(Single(json), DiagnosticCode.DuplicateName, 22, 13, null);
    }

    [Fact]
    public void InvalidBenefitId_IsInvalidName()
    {
        var json = RuleSetText.Build(benefits:
            """    { "Id": "Sub-sidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear" }""");

        AssertDiagnostic(Single(json), DiagnosticCode.InvalidName, RuleSetText.BenefitLine, 13, null);
    }

    // ---- Sources ---------------------------------------------------------------------------------------

    [Fact]
    public void UnreadableSource_IsUnreadable_AtTheStart()
    {
        var source = RuleSetSource.FromStream("broken.ruleset.json", () => throw new IOException("disk on fire"));

        var diagnostic = Assert.Single(RuleCatalog.Validate([source]));

        Assert.Equal("broken.ruleset.json", diagnostic.File);
        AssertDiagnostic(diagnostic, DiagnosticCode.Unreadable, 1, 1, null);
        Assert.Contains("disk on fire", diagnostic.Message, StringComparison.Ordinal);
    }

    // ---- Every problem at once ----------------------------------------------------------------------------

    [Fact]
    public void ThreeShapeProblemsInOneFile_AreAllReported()
    {
        var json = RuleSetText.Build(
            program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": 2019,
                "EffectiveFrom": "2019-01-01"
            """,
            rules: """      { "RuleName": "Main", "Expresion": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""",
            benefits: """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYer" }""");

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal(
            [(DiagnosticCode.WrongType, 6, 16), (DiagnosticCode.UnknownKey, 17, 29), (DiagnosticCode.InvalidValue, 21, 72)],
            diagnostics.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void ThreeExpressionProblemsInOneFile_AreAllReported()
    {
        var json = RuleSetText.Build(
            rules: RuleSetText.Rule("Person.Agee > 1", "A") + ",\n" + RuleSetText.Rule("Person.Age + 1", "B") + ",\n" + RuleSetText.Rule("Person.GetType() != null", "C"),
            benefits: """    { "Id": "Subsidy", "Amount": "0.5 * 2", "Period": "PerYear" }""");

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal(
            [(DiagnosticCode.UnknownName, "A"), (DiagnosticCode.ExpressionType, "B"), (DiagnosticCode.SandboxViolation, "C"), (DiagnosticCode.AmountType, null)],
            diagnostics.Select(d => (d.Code, d.RuleName)));
    }

    [Fact]
    public void ProblemsOfDifferentStagesInOneFile_AreAllReported()
    {
        var json = RuleSetText.Build(
            rules:
                RuleSetText.Rule("Person.CertificateValid", "A") + ",\n" +
                """      { "RuleName": "B", "Expression": "Person.Dibao", "ErrorMessage": "", "Properties": { "ErrorMessageZh": "不符合。" } },""" + "\n" +
                RuleSetText.Rule("Person.Agee > 1", "C"),
            benefits: """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYer" }""");

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal(
            [DiagnosticCode.InvalidValue, DiagnosticCode.MissingReason, DiagnosticCode.UnknownName],
            diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void ProblemsInSeveralFiles_AreAllReported_WithTheirFiles()
    {
        var other = RuleSetText.Build(program:
            """
                "Id": "P2",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01"
            """);
        var sources = new[]
        {
            RuleSetSource.FromText("a.ruleset.json", RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYer" }""")),
            RuleSetSource.FromText("b.ruleset.json", OtherId(RuleSetText.WithExpression("Person.Agee > 1"))),
            RuleSetSource.FromText("c.ruleset.json", other),
            RuleSetSource.FromText("d.ruleset.json", other.Replace("2019-01-01\"\n", "2019-02-30\"\n", StringComparison.Ordinal)),
        };

        var diagnostics = RuleCatalog.Validate(sources);

        Assert.Equal(
            [("a.ruleset.json", DiagnosticCode.InvalidValue, 21, 72), ("b.ruleset.json", DiagnosticCode.UnknownName, 17, 51), ("d.ruleset.json", DiagnosticCode.InvalidDate, 7, 22)],
            diagnostics.Select(d => (d.File, d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void Diagnostics_OfOneObject_AreInPositionOrder()
    {
        // Unknown key at column 29 and missing ErrorMessage at the object's column 7.
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expresion": "Person.CertificateValid", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal([(DiagnosticCode.MissingKey, 7), (DiagnosticCode.UnknownKey, 29)], diagnostics.Select(d => (d.Code, d.Column)));
    }

    [Fact]
    public void Diagnostics_OfSeveralFiles_AreInFileOrder()
    {
        // b duplicates a's version; c has its own problem. RuleSetLoadException documents "in file and position order".
        var sources = new[]
        {
            RuleSetSource.FromText("a.ruleset.json", RuleSetText.Build()),
            RuleSetSource.FromText("b.ruleset.json", RuleSetText.Build()),
            RuleSetSource.FromText("c.ruleset.json", OtherId(RuleSetText.WithExpression("Person.Agee > 1"))),
        };

        var diagnostics = RuleCatalog.Validate(sources);

        Assert.Equal(["b.ruleset.json", "c.ruleset.json"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Diagnostics_OfOneObject_AreAllReported()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Expresion": "Person.CertificateValid", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal([(DiagnosticCode.MissingKey, 7), (DiagnosticCode.UnknownKey, 29)], diagnostics.Select(d => (d.Code, d.Column)).OrderBy(d => d.Column));
    }

    [Fact]
    public void Load_WithProblems_ThrowsListingEachDiagnosticWithItsPosition()
    {
        var sources = new[]
        {
            RuleSetSource.FromText("a.ruleset.json", RuleSetText.WithExpression("Person.Agee > 1")),
            RuleSetSource.FromText("b.ruleset.json", OtherId(RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYer" }"""))),
        };

        var exception = Assert.Throws<RuleSetLoadException>(() => RuleCatalog.Load(sources));

        Assert.Equal(2, exception.Diagnostics.Count);
        Assert.Contains("2 problem(s)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("a.ruleset.json:17:51: DPF121 [rule Main]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("b.ruleset.json:21:72: DPF105", exception.Message, StringComparison.Ordinal);
        foreach (var diagnostic in exception.Diagnostics)
        {
            Assert.Contains(diagnostic.ToString(), exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_InChinese_UsesTheChineseTexts()
    {
        var diagnostic = Single(RuleSetText.WithExpression("Person.Agee > 1"));

        var text = diagnostic.Format(chinese: true);

        Assert.StartsWith("test.ruleset.json:17:51: DPF121 [规则 Main] ", text, StringComparison.Ordinal);
        Assert.Contains(diagnostic.MessageZh, text, StringComparison.Ordinal);
        Assert.Contains(diagnostic.HintZh, text, StringComparison.Ordinal);
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private static RuleDiagnostic Single(string json)
    {
        var diagnostics = RuleSetText.Validate(json);
        Assert.True(diagnostics.Count == 1, $"Expected exactly one diagnostic, got {diagnostics.Count}:\n{string.Join("\n", diagnostics)}");
        return diagnostics[0];
    }

    private static void AssertDiagnostic(RuleDiagnostic diagnostic, DiagnosticCode code, int line, int column, string? ruleName)
    {
        Assert.True(
            (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.RuleName) == (code, line, column, ruleName),
            $"Expected {code} at {line}:{column} in rule {ruleName ?? "(none)"}, got {diagnostic}");
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), "Message is empty.");
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh), "MessageZh is empty.");
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint), "Hint is empty.");
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.HintZh), "HintZh is empty.");
    }

    /// <summary>The same rule set under another program id, so that several files do not duplicate each other.</summary>
    private static string OtherId(string json) => json.Replace("\"Id\": \"P1\"", "\"Id\": \"P3\"", StringComparison.Ordinal);

    [Fact]
    public void DuplicateProgram_IsReported_EvenWhenBothFilesHaveOtherProblems()
    {
        var sources = new[]
        {
            RuleSetSource.FromText("a.ruleset.json", RuleSetText.WithExpression("Person.Agee > 1")),
            RuleSetSource.FromText("b.ruleset.json", RuleSetText.WithExpression("Person.Dibaoo")),
        };

        var diagnostics = RuleCatalog.Validate(sources);

        Assert.Equal(
            [("a.ruleset.json", DiagnosticCode.UnknownName), ("b.ruleset.json", DiagnosticCode.DuplicateProgram), ("b.ruleset.json", DiagnosticCode.UnknownName)],
            diagnostics.Select(d => (d.File, d.Code)));
    }
}

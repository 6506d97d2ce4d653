using System.Text;
using System.Text.Json;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>
/// Builds a valid rule-set JSON text with a fixed layout, in which one section (or just the
/// main rule's expression) can be replaced, so that a test knows the line and column of what it
/// changed. With every section left at its default the file is:
/// <code>
///  1 {
///  2   "Program": {
///  3     "Id": "P1",                                   ← Program fragment: lines 3–7
///  4     "Name": { "zh-CN": "测试项目", "en": "Test program" },
///  5     "LegalReferences": [ "Test document" ],
///  6     "Version": "2019.1",
///  7     "EffectiveFrom": "2019-01-01"
///  8   },
///  9   "Parameters": [
/// 10     { "Name": "AmountPerYear", … },               ← Parameters fragment: lines 10–12
/// 11     { "Name": "MinAge", … },
/// 12     { "Name": "IncludeMarginal", … }
/// 13   ],
/// 14   "Eligibility": {
/// 15     "WorkflowName": "P1",
/// 16     "Rules": [
/// 17       { "RuleName": "Main", "Expression": "…", … }  ← Rules fragment: line 17
/// 18     ]
/// 19   },
/// 20   "Benefits": [
/// 21     { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear" }  ← Benefits fragment: line 21
/// 22   ]
/// 23 }
/// </code>
/// A replaced fragment may span more or fewer lines; the sections after it move accordingly.
/// </summary>
internal static class RuleSetText
{
    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The line of the default rule (and of its expression).</summary>
    public const int RuleLine = 17;

    /// <summary>The column of the first character inside the default rule's expression string.</summary>
    public const int ExpressionColumn = 44;

    /// <summary>The line of the default benefit item.</summary>
    public const int BenefitLine = 21;

    /// <summary>The default program lines (3–7).</summary>
    public const string DefaultProgram =
        """
            "Id": "P1",
            "Name": { "zh-CN": "测试项目", "en": "Test program" },
            "LegalReferences": [ "Test document" ],
            "Version": "2019.1",
            "EffectiveFrom": "2019-01-01"
        """;

    /// <summary>The default parameters (lines 10–12): AmountPerYear = 1000 (1200 from 2022), MinAge = 16, IncludeMarginal = false.</summary>
    public const string DefaultParameters =
        """
            { "Name": "AmountPerYear", "Unit": "YuanPerYear", "Values": [ { "From": "2019-01-01", "Value": 1000, "Reference": "doc" }, { "From": "2022-01-01", "Value": 1200, "Reference": "doc" } ] },
            { "Name": "MinAge", "Unit": "Years", "Values": [ { "From": "2019-01-01", "Value": 16, "Reference": "doc" } ] },
            { "Name": "IncludeMarginal", "Unit": "Switch", "Values": [ { "From": "2019-01-01", "Value": false, "Reference": "doc" } ] }
        """;

    /// <summary>The default benefit (line 21).</summary>
    public const string DefaultBenefits =
        """
            { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear" }
        """;

    /// <summary>The default rule expression.</summary>
    public const string DefaultExpression = "Person.CertificateValid";

    /// <summary>One rule line (line 17) named Main with the given expression, JSON-escaped.</summary>
    public static string Rule(string expression, string name = "Main") =>
        $$"""
              { "RuleName": {{Quote(name)}}, "Expression": {{Quote(expression)}}, "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }
        """;

    /// <summary>A whole rule set whose single rule has <paramref name="expression"/> (JSON-escaped) as its condition.</summary>
    public static string WithExpression(string expression) => Build(rules: Rule(expression));

    /// <summary>A whole rule set with the given fragments in place of the defaults.</summary>
    public static string Build(string? program = null, string? parameters = null, string? rules = null, string? benefits = null)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"Program\": {\n").Append(Lines(program ?? DefaultProgram)).Append("  },\n");
        text.Append("  \"Parameters\": [\n").Append(Lines(parameters ?? DefaultParameters)).Append("  ],\n");
        text.Append("  \"Eligibility\": {\n");
        text.Append("    \"WorkflowName\": \"P1\",\n");
        text.Append("    \"Rules\": [\n").Append(Lines(rules ?? Rule(DefaultExpression))).Append("    ]\n");
        text.Append("  },\n");
        text.Append("  \"Benefits\": [\n").Append(Lines(benefits ?? DefaultBenefits)).Append("  ]\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The diagnostics of one text, named <paramref name="file"/>.</summary>
    public static IReadOnlyList<RuleDiagnostic> Validate(string json, string file = "test.ruleset.json") =>
        RuleCatalog.Validate([RuleSetSource.FromText(file, json)]);

    /// <summary>The diagnostics of one file's bytes, in whatever encoding, named <paramref name="file"/>.</summary>
    public static IReadOnlyList<RuleDiagnostic> ValidateBytes(byte[] bytes, string file = "test.ruleset.json") =>
        RuleCatalog.Validate([RuleSetSource.FromStream(file, () => new MemoryStream(bytes, writable: false))]);

    /// <summary>Loads one text (throws <see cref="RuleSetLoadException"/> on any problem).</summary>
    public static RuleCatalog Load(string json, string file = "test.ruleset.json") =>
        RuleCatalog.Load([RuleSetSource.FromText(file, json)]);

    /// <summary>A JSON string literal of <paramref name="text"/>, escaping only what JSON requires.</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text, QuoteOptions);

    private static string Lines(string fragment) => fragment.Length == 0 ? string.Empty : fragment.ReplaceLineEndings("\n") + "\n";
}

using System.Linq.Expressions;
using System.Text.Json;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Facts;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The expressions are parsed as RulesEngine's own parser parses them: the same types are known
/// to the expression language, in the same order, and every expression gives the same tree or
/// the same refusal — while the assembly scan behind those types is done once, not per file.
/// </summary>
public sealed class RuleExpressionParsingTests
{
    public static TheoryData<string> ReferenceFiles => [.. ReferenceCatalog.FileNames.Where(n => n.EndsWith(".ruleset.json", StringComparison.Ordinal))];

    private static readonly string[] Handwritten =
    [
        "Person.Age >= 16 && Person.Age <= Parameters.MaxAge",
        "Person.DiagnosedCategories.Any(c => c >= 1 && c <= 5)",
        "Person.Age > \"sixteen\"",
        "Person.Agee > 16",
        "Parameters.Missing",
        "typeof(System.IO.File)",
        "new System.Random().Next()",
        "Math.Max(Person.Age, 3) * 1.5m",
        "Person.Age +",
        "np(Person.Age)",
        "IEnumerable",
    ];

    [Fact]
    public void TheKnownTypes_AreRulesEnginesOwn_InTheSameOrder()
    {
        foreach (var facts in new[] { typeof(PersonFacts), typeof(EmployerFacts) })
        {
            Type[] customTypes = [facts, ParametersType()];
            var ours = RuleExpressionParsing.Config(customTypes).CustomTypeProvider!.GetCustomTypes();
            var theirs = new RulesEngine.CustomTypeProvider(customTypes).GetCustomTypes();
            Assert.Equal(theirs.Select(t => t.AssemblyQualifiedName), ours.Select(t => t.AssemblyQualifiedName));
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void EveryExpressionOfTheReferenceCatalog_ParsesAsRulesEngineParsesIt(string file)
    {
        var expressions = ExpressionsOf(ReferenceCatalog.Read(file));
        Assert.NotEmpty(expressions);
        AssertSameAsRulesEngine(expressions, typeof(PersonFacts), file.StartsWith("P9", StringComparison.Ordinal) ? typeof(EmployerFacts) : typeof(PersonFacts));
    }

    [Fact]
    public void HandwrittenExpressions_AndRefusals_ParseAsRulesEngineParsesThem() =>
        AssertSameAsRulesEngine(Handwritten, typeof(PersonFacts), typeof(PersonFacts));

    private static void AssertSameAsRulesEngine(IReadOnlyList<string> expressions, params Type[] factsTypes)
    {
        foreach (var factsType in factsTypes.Distinct())
        {
            var parameters = ParametersType();
            Type[] customTypes = [factsType, parameters];
            var config = RuleExpressionParsing.Config(customTypes);
            var theirs = new RuleExpressionParser(new ReSettings { CustomTypes = customTypes });
            ParameterExpression[] scope = [Expression.Parameter(factsType, factsType == typeof(PersonFacts) ? "Person" : "Employer"), Expression.Variable(parameters, "Parameters")];
            foreach (var text in expressions)
            {
                foreach (var returnType in new[] { null, typeof(bool) })
                {
                    Assert.Equal(Outcome(() => theirs.Parse(text, scope, returnType)), Outcome(() => RuleExpressionParsing.Parse(config, text, scope, returnType)));
                }
            }
        }
    }

    private static string Outcome(Func<Expression> parse)
    {
        try
        {
            var tree = parse();
            return $"{tree.Type}: {tree}";
        }
        catch (Exception exception)
        {
            return $"{exception.GetType()}: {exception.Message}";
        }
    }

    /// <summary>A parameters class as the compiler emits it, with two numbers and a switch.</summary>
    private static Type ParametersType() =>
        new ParameterTimeline(
        [
            ("MaxAge", false, [(new NodaTime.LocalDate(2019, 1, 1), (object)60m, string.Empty)]),
            ("Rate", false, [(new NodaTime.LocalDate(2019, 1, 1), (object)1.5m, string.Empty)]),
            ("IncomeTest", true, [(new NodaTime.LocalDate(2019, 1, 1), (object)true, string.Empty)]),
        ]).Type;

    /// <summary>Every expression of a rule-set file: rule and scoped-param expressions, benefit conditions and amounts, outputs.</summary>
    private static List<string> ExpressionsOf(string json)
    {
        var found = new List<string>();
        Walk(JsonDocument.Parse(json).RootElement, found);
        return found;
    }

    private static void Walk(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "Expression" or "Condition" or "Amount" && property.Value.ValueKind == JsonValueKind.String)
                {
                    found.Add(property.Value.GetString()!);
                }
                else
                {
                    Walk(property.Value, found);
                }
            }
        }
    }
}

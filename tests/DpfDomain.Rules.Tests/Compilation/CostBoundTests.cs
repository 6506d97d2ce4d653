using System.Globalization;
using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// Every accepted expression's cost is bounded: number formats, bracket nesting, the size of a
/// rule set, the length of fact lists, and — behind them — a run-time budget of list-query steps.
/// Each bound in <see cref="SandboxLimits"/> is proved here at its edge.
/// </summary>
public sealed class CostBoundTests
{
    [Theory]
    [InlineData("Person.Age.ToString(\"D999999999\").Length > 0")]
    [InlineData("Person.Age.ToString(\"D60000\").Length > 0")]
    [InlineData("Person.Age.ToString(\"D29\").Length > 0")]
    [InlineData("Parameters.AmountPerYear.ToString(\"N29\").Length > 0")]
    [InlineData("Person.Age.ToString(\"00000000000000000\").Length > 0")]
    [InlineData("Person.Age.ToString(Person.SchoolStage).Length > 0")]
    [InlineData("Parameters.AmountPerYear.ToString(\"D2\").Length > 0")]
    [InlineData("Person.Age.ToString(\"Q2\").Length > 0")]
    [InlineData("Person.Age.ToString(\"\").Length > 0")]
    public void NumberFormats_ThatAreLongUnboundedOrInvalid_AreRefusedAtLoad(string expression)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains("number format", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("数字格式", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Person.Age.ToString(\"D28\").Length == 28")]
    [InlineData("Parameters.AmountPerYear.ToString(\"N28\").Length == 34")]
    [InlineData("Parameters.AmountPerYear.ToString(\"0.00\") == \"1000.00\"")]
    [InlineData("Person.Age.ToString(\"X\") == \"1E\"")]
    [InlineData("Person.Age.ToString(\"B8\") == \"00011110\"")]
    public void NumberFormats_WithinTheBounds_Evaluate(string expression)
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));

        var decision = catalog.Evaluate(new PersonFacts { Year = 2019, Month = 6, Age = 30 }, new NodaTime.LocalDate(2019, 6, 1), "P1");

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
    }

    /// <summary>The format bound: whatever format the sandbox accepts, the most extreme numbers format to at most <see cref="SandboxLimits.MaxFormattedLength"/> characters.</summary>
    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property AnyAcceptedFormat_ProducesAtMostTheDocumentedLength()
    {
        var standard = from letter in Gen.Elements("BCDEFGNPRXbcdefgnprx".ToCharArray())
                       from precision in Gen.Choose(-1, SandboxLimits.MaxFormatPrecision)
                       select precision < 0 ? letter.ToString() : letter + precision.ToString(CultureInfo.InvariantCulture);
        var custom = from length in Gen.Choose(1, SandboxLimits.MaxFormatLength)
                     from chars in Gen.ArrayOf(Gen.Elements("0#.,%E+-;'\\‰e ".ToCharArray()), length)
                     select new string(chars);
        var formats = Gen.OneOf(standard, custom);
        var types = Gen.Elements(typeof(int), typeof(long), typeof(decimal), typeof(double));
        return Prop.ForAll(formats.ToArbitrary(), types.ToArbitrary(), (format, type) =>
        {
            var expression = $"{Extreme(type)}.ToString({RuleSetText.Quote(format)}).Length >= 0";
            var problems = RuleSetText.Validate(RuleSetText.WithExpression(expression));
            if (problems.Count > 0)
            {
                return true.Label("refused at load").Classify(true, "refused");
            }

            var longest = ExtremeValues(type).Max(v => Format(v, format)?.Length ?? 0);
            return (longest <= SandboxLimits.MaxFormattedLength).Label($"{type.Name} \"{format}\": {longest} characters");
        });
    }

    [Fact]
    public void Brackets_NestedBeyondTheLimit_AreRefusedBeforeParsing_EvenOnASmallStack()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression(Nested(SandboxLimits.MaxBracketNesting))));

        IReadOnlyList<RuleDiagnostic>? problems = null;
        var thread = new Thread(() => problems = RuleSetText.Validate(RuleSetText.WithExpression(Nested(990))), 256 * 1024);
        thread.Start();
        thread.Join();

        var diagnostic = Assert.Single(problems!);
        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains("Brackets nest 990 deep", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(Nested(SandboxLimits.MaxBracketNesting + 1))));

        static string Nested(int depth) => new string('(', depth) + "Person.Age" + new string(')', depth) + " > 1";
    }

    [Fact]
    public void Brackets_InsideTextLiterals_DoNotCount()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression($"Person.SchoolStage != \"{new string('(', 100)}\" && Person.SchoolStage != \"\\\"{new string('[', 100)}\"")));
    }

    [Fact]
    public void ARuleSet_WithTenThousandNestedRules_IsRefusedByCounting_NotCompiled()
    {
        var children = string.Join(",\n", Enumerable.Range(0, 10_000).Select(i => $$"""{ "RuleName": "R{{i}}", "Expression": "Person.Age > {{i}}", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" } }"""));
        var json = RuleSetText.Build(rules: $$"""      { "RuleName": "Main", "Operator": "And", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" }, "Rules": [ {{children}} ] }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Equal((RuleSetText.RuleLine - 1, 14), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"the limit is {SandboxLimits.MaxRules}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleSet_AtTheRuleLimit_Loads_AndOneMoreIsRefused()
    {
        static string Rules(int nested) => $$"""      { "RuleName": "Main", "Operator": "And", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" }, "Rules": [ {{string.Join(", ", Enumerable.Range(0, nested).Select(i => $$"""{ "RuleName": "R{{i}}", "Expression": "Person.Age > 0", "ErrorMessage": "x", "Properties": { "ErrorMessageZh": "x" } }"""))}} ] }""";

        Assert.Empty(RuleSetText.Validate(RuleSetText.Build(rules: Rules(SandboxLimits.MaxRules - 1))));
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(rules: Rules(SandboxLimits.MaxRules))));
        Assert.Contains($"{SandboxLimits.MaxRules + 1} rules", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyParametersValuesBenefitsOutputsOrQuotas_AreRefused()
    {
        var parameters = string.Join(",\n", Enumerable.Range(0, SandboxLimits.MaxParameters + 1).Select(i => $$"""{ "Name": "P{{i}}", "Unit": "Yuan", "Values": [ { "From": "2019-01-01", "Value": 1, "Reference": "doc" } ] }"""));
        var values = string.Join(", ", Enumerable.Range(0, SandboxLimits.MaxParameterValues + 1).Select(i => $$"""{ "From": "{{new NodaTime.LocalDate(2019, 1, 1).PlusDays(i):yyyy-MM-dd}}", "Value": 1, "Reference": "doc" }"""));
        var benefits = string.Join(",\n", Enumerable.Range(0, SandboxLimits.MaxBenefits + 1).Select(i => $$"""{ "Id": "B{{i}}", "Amount": "1m", "Period": "PerYear" }"""));
        var quotas = string.Join(", ", Enumerable.Range(0, SandboxLimits.MaxQuotas + 1).Select(i => $$"""{ "Year": {{1900 + i}}, "Count": 1 }"""));

        Assert.Contains(RuleSetText.Validate(RuleSetText.Build(parameters: parameters)), d => d.Message.Contains($"{SandboxLimits.MaxParameters + 1} parameters", StringComparison.Ordinal));
        Assert.Contains(RuleSetText.Validate(RuleSetText.Build(parameters: $$"""{ "Name": "AmountPerYear", "Unit": "Yuan", "Values": [ {{values}} ] }""")), d => d.Message.Contains("dated values", StringComparison.Ordinal));
        Assert.Contains(RuleSetText.Validate(RuleSetText.Build(benefits: benefits)), d => d.Message.Contains($"{SandboxLimits.MaxBenefits + 1} benefits", StringComparison.Ordinal));
        Assert.Contains(RuleSetText.Validate(RuleSetText.Build(program: RuleSetText.DefaultProgram + $",\n\"Quotas\": [ {quotas} ]")), d => d.Message.Contains("yearly quotas", StringComparison.Ordinal));
    }

    [Fact]
    public void FactLists_AndText_AreBoundedAtConstruction()
    {
        _ = new PersonFacts { Categories = [.. Enumerable.Range(1, PersonFacts.MaxCodes)], SchoolStage = new string('a', PersonFacts.MaxTextLength) };

        Assert.Throws<ArgumentException>(() => new PersonFacts { Categories = [.. Enumerable.Range(1, PersonFacts.MaxCodes + 1)] });
        Assert.Throws<ArgumentException>(() => new PersonFacts { DiagnosedCategories = [.. Enumerable.Range(1, PersonFacts.MaxCodes + 1)] });
        Assert.Throws<ArgumentException>(() => new PersonFacts { SchoolStage = new string('a', PersonFacts.MaxTextLength + 1) });
    }

    [Fact]
    public void TheWorstAcceptedQuery_StaysFarBelowTheRunTimeBudget()
    {
        // Two nested queries over the longest lists, in as many places as an expression can hold.
        var query = "Person.Categories.Any(a => Person.DiagnosedCategories.Any(b => b == a + 100))";
        var expression = string.Join(" || ", Enumerable.Repeat(query, 12));
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));
        var person = new PersonFacts { Categories = [.. Enumerable.Range(1, PersonFacts.MaxCodes)], DiagnosedCategories = [.. Enumerable.Range(1, PersonFacts.MaxCodes)] };

        var decision = catalog.Evaluate(person, new NodaTime.LocalDate(2019, 6, 1), "P1");

        Assert.Equal(DecisionOutcome.NotEligible, decision.Outcome);
        Assert.True(12 * (PersonFacts.MaxCodes + (PersonFacts.MaxCodes * PersonFacts.MaxCodes)) < SandboxLimits.MaxQueryStepsPerEvaluation);
    }

    [Fact]
    public void TheRunTimeBudget_StopsARunawayQuery_WithAnErrorNotAHang()
    {
        // Fact lists are bounded, so no accepted rule set reaches the budget; it is proved on a tree
        // whose lists are long, the way a future fact list or a bug in a bound would make them.
        var items = Expression.Constant(Enumerable.Range(0, 1000).ToArray(), typeof(IEnumerable<int>));
        var a = Expression.Parameter(typeof(int), "a");
        var b = Expression.Parameter(typeof(int), "b");
        var inner = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], items, Expression.Lambda<Func<int, bool>>(Expression.Equal(b, Expression.Constant(-1)), b));
        var outer = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], items, Expression.Lambda<Func<int, bool>>(inner, a));
        var budgeted = Expression.Lambda<Func<bool>>(QueryBudget.Apply(outer)).Compile();
        var small = Expression.Constant(Enumerable.Range(0, 10).ToArray(), typeof(IEnumerable<int>));
        var fits = Expression.Lambda<Func<bool>>(QueryBudget.Apply(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], small, Expression.Lambda<Func<int, bool>>(Expression.Equal(b, Expression.Constant(-1)), b)))).Compile();

        Assert.Throws<QueryBudgetExceededException>(() => budgeted());
        Assert.False(fits());
        Assert.False(fits());
        var (english, chinese) = RuntimeErrors.Describe(new QueryBudgetExceededException());
        Assert.Contains(SandboxLimits.MaxQueryStepsPerEvaluation.ToString("N0", CultureInfo.InvariantCulture), english, StringComparison.Ordinal);
        Assert.Contains(SandboxLimits.MaxQueryStepsPerEvaluation.ToString("N0", CultureInfo.InvariantCulture), chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpressionsWithoutAQuery_AreNotInstrumented()
    {
        var body = Expression.Equal(Expression.Constant(1), Expression.Constant(1));

        Assert.Same(body, QueryBudget.Apply(body));
    }

    private static string Extreme(Type type) => type == typeof(int) ? "Person.Age" : type == typeof(long) ? "Convert.ToInt64(Person.Age)" : type == typeof(decimal) ? "Parameters.AmountPerYear" : "Convert.ToDouble(Person.Age)";

    private static object[] ExtremeValues(Type type) => type == typeof(int) ? [int.MinValue, int.MaxValue]
        : type == typeof(long) ? [long.MinValue, long.MaxValue]
        : type == typeof(decimal) ? [decimal.MinValue, decimal.MaxValue, 0.0000000000000000000000000001m]
        : [double.MinValue, double.MaxValue, double.Epsilon, double.NaN, double.NegativeInfinity];

    private static string? Format(object value, string format)
    {
        try
        {
            return ((IFormattable)value).ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

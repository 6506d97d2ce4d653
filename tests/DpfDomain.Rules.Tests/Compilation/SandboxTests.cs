using System.Diagnostics;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The expression sandbox: what a rule expression may not do (reflection, system types, the
/// clock, generators, construction, type tests, oversized trees) and what it may (arithmetic,
/// Math, string members, LINQ over fact lists, parameters, scoped params).
/// </summary>
public sealed class SandboxTests
{

    private static readonly LocalDate Date = new(2019, 6, 1);

    private static readonly PersonFacts Person = new()
    {
        Year = 2019,
        Month = 6,
        Age = 30,
        CertificateValid = true,
        Category = 7,
        Grade = 2,
        IsSevere = true,
        IsMultiple = true,
        Categories = [2, 6],
        HasHearing = true,
        HasMental = true,
        DiagnosedCategories = [6],
        Dibao = true,
        SchoolStage = "Primary",
        Enrolled = true,
        HouseholdSize = 4,
        CareNeedMonths = 12,
    };

    // ---- Rejected ---------------------------------------------------------------------------------------

    [Theory]
    // The two measured escapes.
    [InlineData("\"\".GetType().Assembly.DefinedTypes.Count() > 0", "System.Reflection")]
    [InlineData("Enumerable.Range(0,300000000).Where(i=>i%7==0).Count()>0", "Enumerable.Range")]
    // Reflection.
    [InlineData("Person.GetType().Name == \"PersonFacts\"", "Reflection")]
    [InlineData("Person.Age.GetType() != null", "reflection")]
    [InlineData("Parameters.GetType() != null", "reflection")]
    [InlineData("Person.GetType() == Person.GetType()", "reflection")]
    [InlineData("Person.Categories.Select(c => c.GetType().Assembly).Count() > 0", "Assembly")]
    [InlineData("Person.Categories.Any(it.GetType() != null)", "reflection")]
    [InlineData("\"\".GetType().Assembly.GetType(\"System.IO.File\") != null", "Assembly")]
    [InlineData("Person.SchoolStage.GetType().FullName == \"System.String\"", "System.Type")]
    [InlineData("typeof(string) != null", "typeof")]
    [InlineData("Type.GetType(\"System.IO.File\") != null", "Type")]
    // System types.
    [InlineData("System.IO.File.Exists(\"x\")", "System")]
    [InlineData("File.Exists(\"x\")", "File")]
    [InlineData("Environment.Exit(0) == null", "Environment")]
    [InlineData("Environment.MachineName == \"x\"", "Environment")]
    [InlineData("Environment.TickCount > 0", "Environment")]
    [InlineData("Process.Start(\"x\") != null", "Process")]
    [InlineData("AppDomain.CurrentDomain != null", "AppDomain")]
    [InlineData("Activator.CreateInstance(\"a\", \"b\") != null", "Activator")]
    [InlineData("Console.ReadLine() == \"x\"", "Console")]
    [InlineData("GC.GetTotalMemory(false) > 0", "GC")]
    [InlineData("Thread.Sleep(1000) == null", "Thread")]
    [InlineData("new Random().Next() > 0", "Random")]
    [InlineData("new Exception(\"x\") != null", "Exception")]
    [InlineData("new Dictionary<string,int>() != null", "Dictionary")]
    [InlineData("ExpressionUtils.CheckContains(Person.SchoolStage, \"Primary,None\")", "ExpressionUtils")]
    [InlineData("Convert.ChangeType(Person.Age, \"\".GetType()) != null", "Convert.ChangeType")]
    [InlineData("Convert.ToBase64String(null) == \"\"", "Convert.ToBase64String")]
    [InlineData("object.ReferenceEquals(Person, null)", "Object.ReferenceEquals")]
    [InlineData("Person.ToString() == \"x\"", "Object.ToString")]
    [InlineData("Person.GetHashCode() > 0", "Object.GetHashCode")]
    [InlineData("Int32.Parse(\"1\") > 0", "Int32.Parse")]
    [InlineData("decimal.Parse(\"1\") > 0", "Decimal.Parse")]
    [InlineData("Math.Pow(2, 10) > 0", "Math.Pow")]
    [InlineData("TimeSpan.MaxValue.Days > 0", "TimeSpan")]
    [InlineData("Uri.UriSchemeHttp == \"http\"", "Uri")]
    [InlineData("Char.IsDigit(\"1\"[0])", "Char.IsDigit")]
    // The clock and other ambient values.
    [InlineData("DateTime.Now.Year > 2000", "clock")]
    [InlineData("DateTime.UtcNow.Year > 2000", "clock")]
    [InlineData("DateTime.Today.Year > 2000", "clock")]
    [InlineData("DateTime.Now > DateTime.MinValue", "clock")]
    [InlineData("DateTimeOffset.Now.Year > 2000", "DateTimeOffset")]
    [InlineData("new DateTime(2020, 1, 1).Year > 2000", "DateTime")]
    [InlineData("Guid.NewGuid() != Guid.Empty", "Guid")]
    // Generators and materialisers.
    [InlineData("Enumerable.Repeat(1, 10).Count() > 0", "Enumerable.Repeat")]
    [InlineData("Person.Categories.ToList().Count > 0", "Enumerable.ToList")]
    [InlineData("Person.Categories.ToArray().Any()", "Enumerable.ToArray")]
    [InlineData("Person.Categories.ToHashSet().Count > 0", "Enumerable.ToHashSet")]
    [InlineData("Person.Categories.SelectMany(c => Person.Categories).Count() > 0", "SelectMany")]
    [InlineData("Person.Categories.Concat(Person.Categories).Count() > 0", "Concat")]
    [InlineData("Person.Categories.DefaultIfEmpty().Count() > 0", "DefaultIfEmpty")]
    [InlineData("Person.Categories.Cast(\"System.Object\").Count() > 0", "Cast")]
    [InlineData("Person.Categories.OfType(\"System.Int32\").Count() > 0", "OfType")]
    [InlineData("string.Join(\",\", Person.Categories) == \"2,6\"", "String.Join")]
    [InlineData("string.Join(\",\", Person.Categories.Select(c => c.ToString())) == \"2,6\"", "String.Join")]
    [InlineData("string.Concat(Person.Categories) == \"26\"", "String.Concat")]
    [InlineData("\"\".PadLeft(1000000000).Length > 0", "PadLeft")]
    [InlineData("Person.SchoolStage.PadRight(1000000000).Length > 0", "PadRight")]
    [InlineData("\"aaaaaaaaaa\".Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Length > 0", "Replace")]
    // Construction, type tests.
    [InlineData("new object() != null", "New")]
    [InlineData("new int[] {1}.Length > 0", "Array")]
    [InlineData("iif(true, new int[] {1}, null) != null", "NewArrayInit")]
    [InlineData("new (1 as a) != null", "New")]
    [InlineData("is(Person.Age, \"Int32\")", "TypeIs")]
    [InlineData("is(Person.SchoolStage, \"System.String\")", "TypeIs")]
    [InlineData("as(Person.SchoolStage, \"String\") != null", "TypeAs")]
    public void Rejected(string expression, string named)
    {
        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Equal("Main", diagnostic.RuleName);
        Assert.Contains(named, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.HintZh));
    }

    [Fact]
    public void Rejected_EnumerableRange_IsRejectedWithoutRunningIt()
    {
        RuleSetText.Validate(RuleSetText.Build());
        var stopwatch = Stopwatch.StartNew();

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression("Enumerable.Range(0,300000000).Where(i=>i%7==0).Count()>0"));

        stopwatch.Stop();
        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"Validation took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void Rejected_ClockRead_SaysItIsTheClock()
    {
        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression("DateTime.Now.Year > 2000"));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains("DateTime", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("clock", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Person.Year", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_NestedQuantifiers_ThatCostExponentialTime()
    {
        var expression = string.Concat(Enumerable.Range(1, 19).Select(i => $"Person.Categories.Any(x{i} => ")) + "false" + new string(')', 19);

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.True(diagnostic.Code is DiagnosticCode.SandboxViolation or DiagnosticCode.ExpressionTooLarge, diagnostic.ToString());
    }

    [Fact]
    public void Rejected_LocalParamsThatGrowAStringExponentially()
    {
        // Concatenating a scoped param with itself would double it per param; concatenation is off the allow-list,
        // and both spellings of it are refused at the first param that tries.
        foreach (var grow in new[] { "string.Concat(a0, a0, a0, a0)", "a0 + a0 + a0 + a0" })
        {
            var json = RuleSetText.Build(rules:
                $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "a0", "Expression": "\"aaaaaaaaaa\"" }, { "Name": "a1", "Expression": {{RuleSetText.Quote(grow)}} } ], "Expression": "a1.Length > 0", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

            var diagnostic = Assert.Single(RuleSetText.Validate(json));

            Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
            Assert.Contains("String.Concat", diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rejected_ScopedParamsThatChainLazyQueries_AreRefusedAsLists()
    {
        // Each param would re-run the previous query inside a query: n^k work for k params.
        var chain = string.Join(", ", Enumerable.Range(1, 12).Select(i => $$"""{ "Name": "p{{i}}", "Expression": "p{{i - 1}}.Where(a => p{{i - 1}}.Count() >= 0)" }"""));
        var json = RuleSetText.Build(rules:
            $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "p0", "Expression": "Person.DiagnosedCategories.Where(c => true)" }, {{chain}} ], "Expression": "p12.Count() >= 0", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.ExpressionType, diagnostic.Code);
        Assert.Contains("\"p0\" is a list query", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_NestedQueriesDeeperThanTheLimit_IsExpressionTooLarge()
    {
        var expression = "Person.Categories.Any(a => Person.Categories.Any(b => Person.Categories.Any(c => c == a + b)))";

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains("nests list queries", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression("Person.Categories.Any(a => Person.DiagnosedCategories.Any(b => b == a))")));
    }

    [Theory]
    [InlineData("Convert.ToString(Person.Categories).Contains(\"Int32\")")]
    [InlineData("Convert.ToString(Parameters).StartsWith(\"Param\")")]
    public void Rejected_ConvertOfAnObject_CannotReadTypeNames(string expression)
    {
        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains("Convert.ToString", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_ConvertOfAPlainValue_Loads()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression("Convert.ToDecimal(Person.Age) >= Parameters.MinAge")));
    }

    [Fact]
    public void Rejected_LongerThanTheLengthLimit_IsExpressionTooLarge()
    {
        var expression = "Person.SchoolStage == \"" + new string('a', SandboxLimits.MaxExpressionLength) + "\"";

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains(SandboxLimits.MaxExpressionLength.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(expression.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_ThreeHundredChainedConditions_IsExpressionTooLarge()
    {
        var expression = string.Join(" && ", Enumerable.Repeat("Person.Age > 1", 300));

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains("limit", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_MoreNodesThanTheLimit_WithinTheLengthAndDepthLimits_IsExpressionTooLarge()
    {
        // 128 comparisons combined as a balanced tree: 511 nodes, 9 levels, about 1,100 characters.
        var expression = Balanced(128);
        Assert.True(expression.Length < SandboxLimits.MaxExpressionLength);

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains($"{SandboxLimits.MaxNodes} parts", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_DeeperThanTheLimit_IsExpressionTooLarge()
    {
        var expression = string.Join("+", Enumerable.Repeat("1", 50)) + " > 0";

        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Equal(DiagnosticCode.ExpressionTooLarge, diagnostic.Code);
        Assert.Contains($"{SandboxLimits.MaxDepth} levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_JustUnderTheLimits_Loads()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression(Balanced(64))));
    }

    [Theory]
    [InlineData("\"\".GetType()", "reflection")]
    [InlineData("new (1 as a)", "New")]
    [InlineData("Enumerable.Range(0, 1000000000).Count()", "Enumerable.Range")]
    public void Rejected_InALocalParam(string localParam, string named)
    {
        var json = RuleSetText.Build(rules:
            $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "v", "Expression": {{RuleSetText.Quote(localParam)}} } ], "Expression": "Person.Dibao", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = SingleDiagnostic(json);

        Assert.Equal((DiagnosticCode.SandboxViolation, "Main"), (diagnostic.Code, diagnostic.RuleName));
        Assert.Contains(named, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rejected_InAGlobalParam()
    {
        var json = RuleSetText.Build().Replace(
            "\"WorkflowName\": \"P1\",",
            "\"WorkflowName\": \"P1\", \"GlobalParams\": [ { \"Name\": \"g\", \"Expression\": \"Person.GetType().Assembly\" } ],",
            StringComparison.Ordinal);

        var diagnostic = SingleDiagnostic(json);

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains("Assembly", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Amount", "Enumerable.Range(0, 1000000000).Count()", "Enumerable.Range")]
    [InlineData("Amount", "Person.GetType().Name.Length", "Reflection")]
    [InlineData("Condition", "DateTime.Now.Month == 1", "DateTime")]
    public void Rejected_InABenefit(string key, string expression, string named)
    {
        var benefit = key == "Amount"
            ? $$"""    { "Id": "Subsidy", "Amount": {{RuleSetText.Quote(expression)}}, "Period": "PerYear" }"""
            : $$"""    { "Id": "Subsidy", "Amount": "100m", "Period": "PerYear", "Condition": {{RuleSetText.Quote(expression)}} }""";

        var diagnostic = SingleDiagnostic(RuleSetText.Build(benefits: benefit));

        Assert.Equal((DiagnosticCode.SandboxViolation, RuleSetText.BenefitLine), (diagnostic.Code, diagnostic.Line));
        Assert.Contains(named, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Person.Categories.Aggregate((a, b) => a + b) > 0")]
    [InlineData("Person.Categories.Aggregate(0, it) > 0")]
    [InlineData("it != null")]
    [InlineData("Person.Categories.Any(parent != null)")]
    [InlineData("@0 != null")]
    public void NotExpressible_IsRejected(string expression)
    {
        // These never reach the sandbox: the parser cannot type them. They must still fail to load.
        var diagnostic = SingleDiagnostic(RuleSetText.WithExpression(expression));

        Assert.Contains(diagnostic.Code, new[] { DiagnosticCode.ExpressionSyntax, DiagnosticCode.ExpressionType, DiagnosticCode.UnknownName, DiagnosticCode.SandboxViolation });
    }

    // ---- Allowed --------------------------------------------------------------------------------------------

    [Theory]
    // Arithmetic on decimals and parameters (AmountPerYear = 1000, MinAge = 16, IncludeMarginal = false in 2019).
    [InlineData("Parameters.AmountPerYear * 1.5m == 1500m", true)]
    [InlineData("Parameters.AmountPerYear / 4 + 0.25m > 250m", true)]
    [InlineData("Person.HouseholdSize * 250 == Parameters.AmountPerYear", true)]
    [InlineData("Convert.ToDecimal(Person.HouseholdSize) * Parameters.AmountPerYear == 4000m", true)]
    [InlineData("Person.Age % 7 == 2", true)]
    // Math.
    [InlineData("Math.Max(Person.Age, Parameters.MinAge) == 30", true)]
    [InlineData("Math.Min(Parameters.AmountPerYear, 800m) == 800m", true)]
    [InlineData("Math.Round(Parameters.AmountPerYear / 3, 2) == 333.33m", true)]
    [InlineData("Math.Floor(Parameters.AmountPerYear / 3) == 333m", true)]
    [InlineData("Math.Abs(Person.Age - 40) == 10", true)]
    // Strings.
    [InlineData("Person.SchoolStage.StartsWith(\"Pri\")", true)]
    [InlineData("Person.SchoolStage.ToUpper() == \"PRIMARY\"", true)]
    [InlineData("Person.SchoolStage.Contains(\"mar\") && Person.SchoolStage.Length == 7", true)]
    [InlineData("Person.SchoolStage.Substring(0, 3) == \"Pri\"", true)]
    [InlineData("string.IsNullOrEmpty(Person.SchoolStage)", false)]
    [InlineData("Person.SchoolStage == \"JuniorSecondary\"", false)]
    // Fact lists.
    [InlineData("Person.Categories.Any(c => c == 6)", true)]
    [InlineData("Person.Categories.Any(it == 4)", false)]
    [InlineData("Person.Categories.Contains(6)", true)]
    [InlineData("Person.Categories.Contains(4)", false)]
    [InlineData("Person.DiagnosedCategories.Count() >= 1", true)]
    [InlineData("Person.Categories.All(c => c >= 1 && c <= 6)", true)]
    [InlineData("Person.Categories.Where(c => c > 2).Count() == 1", true)]
    [InlineData("Person.Categories.Sum(c => c) == 8", true)]
    [InlineData("Person.Categories.Max() == 6 && Person.Categories.Min() == 2", true)]
    [InlineData("Person.Categories.Count == 2 && Person.Categories[0] == 2", true)]
    [InlineData("Person.Categories.Select(c => c * 10).Contains(60)", true)]
    [InlineData("Person.Categories.OrderByDescending(c => c).FirstOrDefault() == 6", true)]
    [InlineData("Person.Categories.Distinct().Count() == 2", true)]
    [InlineData("Person.CareNeedMonths >= 6 && Person.Categories.Any(c => c == Person.Category - 1)", true)]
    // Logic, conditionals, null propagation, in.
    [InlineData("(Person.Age >= 18 ? Parameters.AmountPerYear : 0m) == 1000m", true)]
    [InlineData("iif(Person.IsSevere, 1, 0) == 1", true)]
    [InlineData("np(Person.SchoolStage, \"None\") == \"Primary\"", true)]
    [InlineData("Person.Category in (6, 7)", true)]
    [InlineData("!Person.IsRural && Person.Year == 2019 && Person.Month == 6", true)]
    [InlineData("Person.Grade <= 2 and not Person.IsRural", true)]
    // Comparisons with parameters.
    [InlineData("Person.Age >= Parameters.MinAge", true)]
    [InlineData("Person.Age < Parameters.MinAge", false)]
    [InlineData("Parameters.IncludeMarginal || Person.Dibao", true)]
    [InlineData("Parameters.IncludeMarginal && Person.Dibao", false)]
    [InlineData("Person.Age.ToString() == \"30\"", true)]
    public void Allowed(string expression, bool expected)
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));

        var decision = catalog.Evaluate(Person, Date, "P1", trace: true);

        Assert.Equal(expected ? DecisionOutcome.Eligible : DecisionOutcome.NotEligible, decision.Outcome);
    }

    [Fact]
    public void Allowed_ParametersFollowTheEvaluationDate()
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression("Parameters.AmountPerYear == 1200m"));

        Assert.Equal(DecisionOutcome.NotEligible, catalog.Evaluate(Person, new LocalDate(2021, 12, 31), "P1").Outcome);
        Assert.Equal(DecisionOutcome.Eligible, catalog.Evaluate(Person, new LocalDate(2022, 1, 1), "P1").Outcome);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(15, false)]
    public void Allowed_LocalAndGlobalParams(int age, bool expected)
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "adult", "Expression": "Person.Age >= Parameters.MinAge" }, { "Name": "mental", "Expression": "Person.Categories.Any(c => c == 6)" } ], "Expression": "adult && mental && poor", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""")
            .Replace(
                "\"WorkflowName\": \"P1\",",
                "\"WorkflowName\": \"P1\", \"GlobalParams\": [ { \"Name\": \"poor\", \"Expression\": \"Person.Dibao || (Parameters.IncludeMarginal && Person.DibaoMarginal)\" } ],",
                StringComparison.Ordinal);
        var catalog = RuleSetText.Load(json);

        var decision = catalog.Evaluate(new PersonFacts { Age = age, Categories = [6], Dibao = true }, Date, "P1");

        Assert.Equal(expected ? DecisionOutcome.Eligible : DecisionOutcome.NotEligible, decision.Outcome);
    }

    [Fact]
    public void Allowed_DecimalBenefitAmount_IsComputed()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(benefits:
            """    { "Id": "Subsidy", "Amount": "Math.Round(Parameters.AmountPerYear / 3, 2) + (Person.IsSevere ? 100m : 0m)", "Period": "PerYear" }"""));

        var decision = catalog.Evaluate(Person, Date, "P1");

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal(433.33m, decision.Totals.PerYear.Yuan);
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    private static RuleDiagnostic SingleDiagnostic(string json)
    {
        var diagnostics = RuleSetText.Validate(json);
        Assert.True(diagnostics.Count == 1, $"Expected exactly one diagnostic, got {diagnostics.Count}:\n{string.Join("\n", diagnostics)}");
        return diagnostics[0];
    }

    private static string Balanced(int leaves) =>
        leaves == 1 ? "1>0" : $"({Balanced(leaves / 2)})&&({Balanced(leaves - (leaves / 2))})";
}

using System.Globalization;
using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using static DpfDomain.Rules.Tests.Support.SandboxTrees;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// <see cref="CultureInvariance"/> on its own, on hand-built calls: how each call is classified
/// (neutral, rewritten, refused), and that each rewritten call gives the same, ordinal or
/// invariant, result under cultures that would change it (Turkish casing, German decimals,
/// linguistic ordering that ignores a soft hyphen).
/// </summary>
public sealed class CultureInvarianceLayerTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "sv-SE", "en-US", ""];

    private static readonly ConstantExpression NoProvider = Expression.Constant(null, typeof(IFormatProvider));

    /// <summary>Calls with the classification they must get.</summary>
    public static TheoryData<string> Classified => [.. Classifications.Keys];

    /// <summary>Rewritten calls with the invariant result they must give under every culture.</summary>
    public static TheoryData<string> Rewritten => [.. Rewrites.Keys];

    private static readonly Dictionary<string, (Expression Call, CultureInvariance.Kind Kind)> Classifications = new()
    {
        ["a format provider"] = (Instance(Int(5), "ToString", NoProvider), CultureInvariance.Kind.Refused),
        ["a culture"] = (Instance(Text("i"), "ToUpper", Expression.Constant(CultureInfo.InvariantCulture)), CultureInvariance.Kind.Refused),
        ["an ordinal comparison"] = (Instance(Text("ab"), "StartsWith", Text("a"), Comparison(StringComparison.Ordinal)), CultureInvariance.Kind.Neutral),
        ["an ordinal comparison ignoring case"] = (Static(typeof(string), "Compare", Text("a"), Text("b"), Comparison(StringComparison.OrdinalIgnoreCase)), CultureInvariance.Kind.Neutral),
        ["the current culture's comparison"] = (Instance(Text("ab"), "StartsWith", Text("a"), Comparison(StringComparison.CurrentCulture)), CultureInvariance.Kind.Refused),
        ["the invariant culture's comparison"] = (Static(typeof(string), "Compare", Text("a"), Text("b"), Comparison(StringComparison.InvariantCultureIgnoreCase)), CultureInvariance.Kind.Refused),
        ["a comparison that is not a literal"] = (Instance(Text("ab"), "StartsWith", Text("a"), Expression.Parameter(typeof(StringComparison), "how")), CultureInvariance.Kind.Refused),
        ["Compare ignoring case by culture"] = (Static(typeof(string), "Compare", Text("a"), Text("b"), Bool(true)), CultureInvariance.Kind.Refused),
        ["Compare of parts"] = (Static(typeof(string), "Compare", Text("a"), Int(0), Text("b"), Int(0), Int(1)), CultureInvariance.Kind.Refused),
        ["CompareTo an object"] = (Instance(Text("a"), "CompareTo", Expression.Convert(Text("b"), typeof(object))), CultureInvariance.Kind.Refused),
        ["StartsWith a character"] = (Instance(Text("ab"), "StartsWith", Expression.Constant('a')), CultureInvariance.Kind.Neutral),
        ["IndexOf a character"] = (Instance(Text("ab"), "IndexOf", Expression.Constant('b')), CultureInvariance.Kind.Neutral),
        ["IndexOf a character from a place"] = (Instance(Text("ab"), "IndexOf", Expression.Constant('b'), Int(1)), CultureInvariance.Kind.Neutral),
        ["a comparison as the first argument"] = (Instance(Text("a"), "GetHashCode", Comparison(StringComparison.CurrentCulture)), CultureInvariance.Kind.Refused),
        ["an ordinal comparison as the first argument"] = (Instance(Text("a"), "GetHashCode", Comparison(StringComparison.Ordinal)), CultureInvariance.Kind.Neutral),
        ["Min of text outside Enumerable"] = (Expression.Call(typeof(Queryable), "Min", [typeof(string)], Expression.Constant(new[] { "a" }.AsQueryable())), CultureInvariance.Kind.Neutral),
        ["a small number's ToString"] = (ObjectMethod(Expression.Constant((sbyte)-5), "ToString"), CultureInvariance.Kind.Rewritten),
        ["Contains"] = (Instance(Text("ab"), "Contains", Text("b")), CultureInvariance.Kind.Neutral),
        ["Math.Abs"] = (Static(typeof(Math), "Abs", Int(-1)), CultureInvariance.Kind.Neutral),
        ["Convert of a yes/no value to text"] = (Static(typeof(Convert), "ToString", Bool(true)), CultureInvariance.Kind.Neutral),
        ["Convert of a yes/no value to a yes/no value"] = (Static(typeof(Convert), "ToBoolean", Bool(true)), CultureInvariance.Kind.Neutral),
        ["Convert of a number with a provider"] = (Static(typeof(Convert), "ToString", Int(1), NoProvider), CultureInvariance.Kind.Refused),
        ["Count of numbers"] = (Expression.Call(typeof(Enumerable), "Count", [typeof(int)], Categories), CultureInvariance.Kind.Neutral),
        ["Max of numbers"] = (Expression.Call(typeof(Enumerable), "Max", null, Categories), CultureInvariance.Kind.Neutral),
        ["OrderBy a number"] = (Expression.Call(typeof(Enumerable), "OrderBy", [typeof(int), typeof(int)], Categories, Identity<int>()), CultureInvariance.Kind.Neutral),
        ["ToUpper"] = (Instance(Text("i"), "ToUpper"), CultureInvariance.Kind.Rewritten),
        ["a number's ToString"] = (Instance(Int(5), "ToString"), CultureInvariance.Kind.Rewritten),
        ["OrderBy text"] = (Expression.Call(typeof(Enumerable), "OrderBy", [typeof(string), typeof(string)], Texts("a"), Identity<string>()), CultureInvariance.Kind.Rewritten),
    };

    private static readonly Dictionary<string, (Expression Call, object? Expected)> Rewrites = new()
    {
        ["ToUpper"] = (Instance(Text("i"), "ToUpper"), "I"),
        ["ToLower"] = (Instance(Text("I"), "ToLower"), "i"),
        ["Compare"] = (Static(typeof(string), "Compare", Text("a"), Text("B")), 1),
        ["CompareTo"] = (Instance(Text("B"), "CompareTo", Text("a")), -1),
        ["StartsWith"] = (Instance(Text("\u00adab"), "StartsWith", Text("ab")), false),
        ["EndsWith"] = (Instance(Text("ab\u00ad"), "EndsWith", Text("ab")), false),
        ["IndexOf"] = (Instance(Text("a\u00adb"), "IndexOf", Text("ab")), -1),
        ["IndexOf from a place"] = (Instance(Text("xa\u00adb"), "IndexOf", Text("ab"), Int(1)), -1),
        ["LastIndexOf"] = (Instance(Text("a\u00adb"), "LastIndexOf", Text("ab")), -1),
        ["LastIndexOf in a range"] = (Instance(Text("a\u00adbx"), "LastIndexOf", Text("ab"), Int(3), Int(4)), -1),
        ["a number's ToString"] = (Instance(Expression.Constant(1.5m), "ToString"), "1.5"),
        ["a number's ToString with a format"] = (Instance(Expression.Constant(1000.5m), "ToString", Text("N1")), "1,000.5"),
        ["a nullable number's ToString"] = (ObjectMethod(Expression.Constant(1.5m, typeof(decimal?)), "ToString"), "1.5"),
        ["a missing nullable number's ToString"] = (ObjectMethod(Expression.Constant(null, typeof(decimal?)), "ToString"), ""),
        ["object.ToString of a number"] = (ObjectMethod(Expression.Constant(2.5), "ToString"), "2.5"),
        ["object.ToString of a negative small number"] = (ObjectMethod(Expression.Constant((sbyte)-5), "ToString"), "-5"),
        ["Convert.ToDecimal of text"] = (Static(typeof(Convert), "ToDecimal", Text("0.5")), 0.5m),
        ["Convert.ToDouble of text"] = (Static(typeof(Convert), "ToDouble", Text("1.5")), 1.5),
        ["Convert.ToString of a number"] = (Static(typeof(Convert), "ToString", Expression.Constant(1.5m)), "1.5"),
        ["Convert.ToString of a boxed number"] = (Static(typeof(Convert), "ToString", Expression.Convert(Expression.Constant(1.5m), typeof(object))), "1.5"),
        ["OrderBy text"] = (Expression.Call(typeof(Enumerable), "First", [typeof(string)], Expression.Call(typeof(Enumerable), "OrderBy", [typeof(string), typeof(string)], Texts("b", "B", "a"), Identity<string>())), "B"),
        ["OrderByDescending text"] = (Expression.Call(typeof(Enumerable), "First", [typeof(string)], Expression.Call(typeof(Enumerable), "OrderByDescending", [typeof(string), typeof(string)], Texts("B", "a"), Identity<string>())), "a"),
        ["Min of text"] = (Expression.Call(typeof(Enumerable), "Min", [typeof(string)], Texts("b", "B", "a")), "B"),
        ["Max of text"] = (Expression.Call(typeof(Enumerable), "Max", [typeof(string)], Texts("B", "a")), "a"),
        ["Min of a text selector"] = (Expression.Call(typeof(Enumerable), "Min", [typeof(string), typeof(string)], Texts("b", "B", "a"), Identity<string>()), "B"),
        ["Max of a text selector"] = (Expression.Call(typeof(Enumerable), "Max", [typeof(string), typeof(string)], Texts("B", "a"), Identity<string>()), "a"),
        ["a rewrite inside a rewrite"] = (Static(typeof(string), "Compare", Instance(Text("i"), "ToUpper"), Instance(Text("I"), "ToLower")), -1),
    };

    [Theory]
    [MemberData(nameof(Classified))]
    public void EachCall_IsClassifiedByHowItReadsTheCulture(string call)
    {
        var (expression, kind) = Classifications[call];

        Assert.Equal(kind, CultureInvariance.Classify((MethodCallExpression)expression));
    }

    [Theory]
    [MemberData(nameof(Rewritten))]
    public void EachRewrittenCall_GivesTheInvariantResult_UnderEveryCulture(string call)
    {
        var (expression, expected) = Rewrites[call];
        var rewritten = CultureInvariance.Instance.Visit(expression);
        var evaluate = Expression.Lambda<Func<object?>>(Expression.Convert(rewritten, typeof(object))).Compile();

        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, Under(culture, evaluate));
        }

        Assert.Equal(expression.Type, rewritten.Type);
    }

    [Fact]
    public void TheRewrite_HasTeeth_TheSameCallsDifferByCultureWithoutIt()
    {
        var upper = Expression.Lambda<Func<string>>(Instance(Text("i"), "ToUpper")).Compile();
        var number = Expression.Lambda<Func<string>>(Instance(Expression.Constant(1.5m), "ToString")).Compile();

        Assert.NotEqual(Under("tr-TR", upper), Under(string.Empty, upper));
        Assert.NotEqual(Under("de-DE", number), Under(string.Empty, number));
    }

    [Fact]
    public void ACallWithNothingToRewrite_IsLeftAsItIs()
    {
        var call = Instance(Text("ab"), "Contains", Text("b"));

        Assert.Same(call, CultureInvariance.Instance.Visit(call));
    }

    [Fact]
    public void ACallThatAlreadyNamesItsProvider_IsLeftAsItIs()
    {
        // The sandbox refuses it; the rewriter, given it anyway, neither rewrites nor fails.
        var call = Instance(Expression.Constant(1.5m), "ToString", NoProvider);

        Assert.Same(call, CultureInvariance.Instance.Visit(call));
    }

    [Fact]
    public void MinAndMaxOfNumbers_ThroughASelector_AreLeftAsTheyAre()
    {
        var item = Expression.Parameter(typeof(int), "c");
        var max = Expression.Call(typeof(Enumerable), "Max", [typeof(int)], Expression.Constant(new[] { 2, 6 }, typeof(IEnumerable<int>)), Expression.Lambda<Func<int, int>>(item, item));

        var rewritten = CultureInvariance.Instance.Visit(max);

        Assert.Same(max, rewritten);
        Assert.Equal(6, Expression.Lambda<Func<int>>(rewritten).Compile()());
    }

    private static ConstantExpression Comparison(StringComparison comparison) => Expression.Constant(comparison);

    private static ConstantExpression Texts(params string[] items) => Expression.Constant(items, typeof(IEnumerable<string>));

    private static LambdaExpression Identity<T>()
    {
        var item = Expression.Parameter(typeof(T), "t");
        return Expression.Lambda(item, item);
    }

    private static T Under<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

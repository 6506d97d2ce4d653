using System.Linq.Expressions;
using static DpfDomain.Rules.Tests.Support.SandboxTrees;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The sandbox's allow-lists, entry by entry: each allowed method and member is accepted on its
/// own, as a hand-built call, and its near neighbours off the lists are refused with the right
/// kind of sentence (reflection, clock, generator, or plainly not allowed).
/// </summary>
public sealed class SandboxAllowListTests
{
    /// <summary>One accepted call or member read per allow-listed name.</summary>
    public static TheoryData<string> AllowedNames => [.. Allowed.Keys];

    /// <summary>The generators and materialisers of <see cref="Enumerable"/>.</summary>
    public static TheoryData<string> GeneratorNames => [.. Generators.Keys];

    private static readonly ParameterExpression Numbers = Expression.Parameter(typeof(List<int>), "numbers");

    private static readonly Dictionary<string, Expression> Allowed = new()
    {
        // string
        ["string.Contains"] = Instance(Text("abc"), "Contains", Text("b")),
        ["string.StartsWith"] = Instance(Text("abc"), "StartsWith", Text("a")),
        ["string.EndsWith"] = Instance(Text("abc"), "EndsWith", Text("c")),
        ["string.ToUpper"] = Instance(Text("abc"), "ToUpper"),
        ["string.ToLower"] = Instance(Text("abc"), "ToLower"),
        ["string.ToUpperInvariant"] = Instance(Text("abc"), "ToUpperInvariant"),
        ["string.ToLowerInvariant"] = Instance(Text("abc"), "ToLowerInvariant"),
        ["string.Trim"] = Instance(Text(" a "), "Trim"),
        ["string.TrimStart"] = Instance(Text(" a "), "TrimStart"),
        ["string.TrimEnd"] = Instance(Text(" a "), "TrimEnd"),
        ["string.Substring"] = Instance(Text("abc"), "Substring", Int(1)),
        ["string.IndexOf"] = Instance(Text("abc"), "IndexOf", Text("b")),
        ["string.LastIndexOf"] = Instance(Text("abc"), "LastIndexOf", Text("b")),
        ["string.Equals"] = Instance(Text("abc"), "Equals", Text("b")),
        ["string.CompareTo"] = Instance(Text("abc"), "CompareTo", Text("b")),
        ["string.IsNullOrEmpty"] = Static(typeof(string), "IsNullOrEmpty", Text("")),
        ["string.IsNullOrWhiteSpace"] = Static(typeof(string), "IsNullOrWhiteSpace", Text("")),
        ["string.Compare"] = Static(typeof(string), "Compare", Text("a"), Text("b")),
        ["string ==, op_Equality"] = Expression.Equal(Text("a"), Text("b")),
        ["string !=, op_Inequality"] = Expression.NotEqual(Text("a"), Text("b")),
        ["string[i], get_Chars"] = Instance(Text("abc"), "get_Chars", Int(0)),
        ["string.Length"] = Expression.Property(Text("abc"), "Length"),
        // Math
        ["Math.Abs"] = Static(typeof(Math), "Abs", Int(-1)),
        ["Math.Min"] = Static(typeof(Math), "Min", Int(1), Int(2)),
        ["Math.Max"] = Static(typeof(Math), "Max", Int(1), Int(2)),
        ["Math.Round"] = Static(typeof(Math), "Round", Expression.Constant(1.5m)),
        ["Math.Floor"] = Static(typeof(Math), "Floor", Expression.Constant(1.5m)),
        ["Math.Ceiling"] = Static(typeof(Math), "Ceiling", Expression.Constant(1.5m)),
        ["Math.Truncate"] = Static(typeof(Math), "Truncate", Expression.Constant(1.5m)),
        ["Math.Sign"] = Static(typeof(Math), "Sign", Int(-3)),
        ["Math.Clamp"] = Static(typeof(Math), "Clamp", Int(5), Int(1), Int(3)),
        ["Math.PI"] = Expression.Field(null, typeof(Math), "PI"),
        // Enumerable over a fact list
        ["Enumerable.Any"] = Expression.Call(typeof(Enumerable), "Any", [typeof(int)], Categories),
        ["Enumerable.All"] = Query("All", c => Expression.GreaterThan(c, Int(0))),
        ["Enumerable.Count"] = Expression.Call(typeof(Enumerable), "Count", [typeof(int)], Categories),
        ["Enumerable.LongCount"] = Expression.Call(typeof(Enumerable), "LongCount", [typeof(int)], Categories),
        ["Enumerable.Contains"] = Expression.Call(typeof(Enumerable), "Contains", [typeof(int)], Categories, Int(6)),
        ["Enumerable.Where"] = Query("Where", c => Expression.GreaterThan(c, Int(0))),
        ["Enumerable.Select"] = Expression.Call(typeof(Enumerable), "Select", [typeof(int), typeof(int)], Categories, Lambda(c => Expression.Add(c, Int(1)))),
        ["Enumerable.Sum"] = Expression.Call(typeof(Enumerable), "Sum", null, Categories),
        ["Enumerable.Min"] = Expression.Call(typeof(Enumerable), "Min", null, Categories),
        ["Enumerable.Max"] = Expression.Call(typeof(Enumerable), "Max", null, Categories),
        ["Enumerable.Average"] = Expression.Call(typeof(Enumerable), "Average", null, Categories),
        ["Enumerable.Distinct"] = Expression.Call(typeof(Enumerable), "Distinct", [typeof(int)], Categories),
        ["Enumerable.FirstOrDefault"] = Expression.Call(typeof(Enumerable), "FirstOrDefault", [typeof(int)], Categories),
        ["Enumerable.LastOrDefault"] = Expression.Call(typeof(Enumerable), "LastOrDefault", [typeof(int)], Categories),
        ["Enumerable.SingleOrDefault"] = Expression.Call(typeof(Enumerable), "SingleOrDefault", [typeof(int)], Categories),
        ["Enumerable.ElementAtOrDefault"] = Expression.Call(typeof(Enumerable), "ElementAtOrDefault", [typeof(int)], Categories, Int(0)),
        ["Enumerable.OrderBy"] = Expression.Call(typeof(Enumerable), "OrderBy", [typeof(int), typeof(int)], Categories, Lambda(c => c)),
        ["Enumerable.OrderByDescending"] = Expression.Call(typeof(Enumerable), "OrderByDescending", [typeof(int), typeof(int)], Categories, Lambda(c => c)),
        ["Enumerable.Take"] = Expression.Call(typeof(Enumerable), "Take", [typeof(int)], Categories, Int(1)),
        ["Enumerable.Skip"] = Expression.Call(typeof(Enumerable), "Skip", [typeof(int)], Categories, Int(1)),
        // Convert between plain values
        ["Convert.ToDecimal"] = Static(typeof(Convert), "ToDecimal", Int(1)),
        ["Convert.ToInt32"] = Static(typeof(Convert), "ToInt32", Expression.Constant(1.5m)),
        ["Convert.ToInt64"] = Static(typeof(Convert), "ToInt64", Int(1)),
        ["Convert.ToDouble"] = Static(typeof(Convert), "ToDouble", Int(1)),
        ["Convert.ToBoolean"] = Static(typeof(Convert), "ToBoolean", Int(1)),
        ["Convert.ToString"] = Static(typeof(Convert), "ToString", Int(1)),
        // Members of the numbers themselves
        ["decimal +, op_Addition"] = Expression.Add(Expression.Constant(1m), Expression.Constant(2m)),
        ["decimal.Round"] = Static(typeof(decimal), "Round", Expression.Constant(1.5m)),
        ["decimal.Floor"] = Static(typeof(decimal), "Floor", Expression.Constant(1.5m)),
        ["decimal.Ceiling"] = Static(typeof(decimal), "Ceiling", Expression.Constant(1.5m)),
        ["decimal.Truncate"] = Static(typeof(decimal), "Truncate", Expression.Constant(1.5m)),
        ["decimal.Abs"] = Static(typeof(decimal), "Abs", Expression.Constant(1.5m)),
        ["decimal.Max"] = Static(typeof(decimal), "Max", Expression.Constant(1.5m), Expression.Constant(2m)),
        ["decimal.Min"] = Static(typeof(decimal), "Min", Expression.Constant(1.5m), Expression.Constant(2m)),
        ["int.ToString"] = Instance(Int(5), "ToString"),
        ["int.CompareTo"] = Instance(Int(5), "CompareTo", Int(6)),
        ["int.Equals"] = Instance(Int(5), "Equals", Int(6)),
        ["int.MaxValue"] = Expression.Field(null, typeof(int), "MaxValue"),
        ["sbyte.MinValue"] = Expression.Field(null, typeof(sbyte), "MinValue"),
        ["decimal.MaxValue"] = Expression.Field(null, typeof(decimal), "MaxValue"),
        ["bool.ToString"] = Instance(Bool(true), "ToString"),
        ["bool.Equals"] = Instance(Bool(true), "Equals", Bool(false)),
        // object.ToString of a plain value, as the parser binds it
        ["object.ToString of an int"] = ObjectMethod(Int(5), "ToString"),
        ["object.ToString of a decimal"] = ObjectMethod(Expression.Constant(1.5m), "ToString"),
        ["object.ToString of a nullable"] = ObjectMethod(Expression.Constant(5, typeof(int?)), "ToString"),
        ["object.ToString of text"] = ObjectMethod(Text("a"), "ToString"),
        // Nullable values
        ["int?.HasValue"] = Expression.Property(Expression.Constant(5, typeof(int?)), "HasValue"),
        ["int?.Value"] = Expression.Property(Expression.Constant(5, typeof(int?)), "Value"),
        // Lists of plain values
        ["fact list Count"] = Expression.Property(Categories, typeof(IReadOnlyCollection<int>).GetProperty("Count")!),
        ["list[i], get_Item"] = Instance(Numbers, "get_Item", Int(0)),
        ["list.Contains"] = Instance(Numbers, "Contains", Int(0)),
        ["list get_Count"] = Instance(Numbers, "get_Count"),
        ["list of text Count"] = Expression.Property(Expression.Parameter(typeof(List<string>), "texts"), "Count"),
        ["list of decimals Count"] = Expression.Property(Expression.Parameter(typeof(List<decimal>), "amounts"), "Count"),
        ["dictionary of text to numbers Count"] = Expression.Property(Expression.Parameter(typeof(Dictionary<string, int>), "table"), "Count"),
        // The vocabulary
        ["a fact"] = Fact("Age"),
        ["a vocabulary member"] = Expression.Property(First, "Value"),
    };

    private static readonly Dictionary<string, Expression> Generators = new()
    {
        ["Range"] = Expression.Call(typeof(Enumerable), "Range", null, Int(0), Int(300_000_000)),
        ["Repeat"] = Expression.Call(typeof(Enumerable), "Repeat", [typeof(int)], Int(1), Int(300_000_000)),
        ["Empty"] = Expression.Call(typeof(Enumerable), "Empty", [typeof(int)]),
        ["Aggregate"] = Expression.Call(typeof(Enumerable), "Aggregate", [typeof(int)], Categories, Sum2()),
        ["ToList"] = Expression.Call(typeof(Enumerable), "ToList", [typeof(int)], Categories),
        ["ToArray"] = Expression.Call(typeof(Enumerable), "ToArray", [typeof(int)], Categories),
        ["ToDictionary"] = Expression.Call(typeof(Enumerable), "ToDictionary", [typeof(int), typeof(int)], Categories, Lambda(c => c)),
        ["ToHashSet"] = Expression.Call(typeof(Enumerable), "ToHashSet", [typeof(int)], Categories),
        ["ToLookup"] = Expression.Call(typeof(Enumerable), "ToLookup", [typeof(int), typeof(int)], Categories, Lambda(c => c)),
    };

    [Theory]
    [MemberData(nameof(AllowedNames))]
    public void AnAllowListedName_IsAccepted(string name)
    {
        Assert.Empty(Check(Allowed[name]));
    }

    [Theory]
    [MemberData(nameof(GeneratorNames))]
    public void AGenerator_IsRefusedByName(string name)
    {
        var violation = Assert.Single(Check(Generators[name]));

        Assert.StartsWith($"The expression calls Enumerable.{name}, which builds or materialises sequences", violation.Message, StringComparison.Ordinal);
        Assert.Contains($"Enumerable.{name}", violation.MessageZh, StringComparison.Ordinal);
        Assert.Equal("Query a fact list instead, e.g. Person.Categories.Any(c => c == 6).", violation.Hint);
        Assert.Equal("请改为查询事实列表，例如 Person.Categories.Any(c => c == 6)。", violation.HintZh);
        Assert.False(violation.TooLarge);
    }

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("DateOnly.MaxValue")]
    [InlineData("TimeOnly.MinValue")]
    [InlineData("Environment.TickCount")]
    [InlineData("Environment.ProcessorCount")]
    public void AMemberOfTheClockOrTheEnvironment_IsRefusedAsTheClock(string member)
    {
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        var type = typeof(DateTime).Assembly.GetType("System." + member[..dot])!;

        var violation = Assert.Single(Check(Expression.MakeMemberAccess(null, type.GetMember(member[(dot + 1)..])[0])));

        Assert.StartsWith($"The expression reads {member}: rules may not read the clock", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Guid.NewGuid")]
    [InlineData("DateTime.IsLeapYear")]
    [InlineData("DateTimeOffset.FromUnixTimeSeconds")]
    [InlineData("Environment.GetEnvironmentVariable")]
    public void AMethodOfTheClockOrTheEnvironment_IsRefusedAsTheClock(string method)
    {
        Expression call = method switch
        {
            "Guid.NewGuid" => Static(typeof(Guid), "NewGuid"),
            "DateTime.IsLeapYear" => Static(typeof(DateTime), "IsLeapYear", Int(2020)),
            "DateTimeOffset.FromUnixTimeSeconds" => Static(typeof(DateTimeOffset), "FromUnixTimeSeconds", Expression.Constant(0L)),
            _ => Static(typeof(Environment), "GetEnvironmentVariable", Text("PATH")),
        };

        var violation = Assert.Single(Check(call));

        Assert.StartsWith($"The expression reads {method}: rules may not read the clock", violation.Message, StringComparison.Ordinal);
        Assert.Equal("Use Person.Year, Person.Month or Person.Age, which come from the evaluation date.", violation.Hint);
    }

    [Theory]
    [InlineData("Type.Delimiter", 1)]
    [InlineData("Type.EmptyTypes", 1)]
    [InlineData("Type.GetTypeArray", 1)]
    [InlineData("CustomAttributeExtensions.IsDefined", 3)]
    [InlineData("Probe.GetType", 1)]
    public void AMemberOrMethodOfReflection_IsRefusedAsReflection_EvenWhenItsValueIsPlain(string what, int violations)
    {
        // None of these has a value of a reflection type, so only the member and method checks can tell.
        Expression tree = what switch
        {
            "Type.Delimiter" => Expression.Field(null, typeof(Type), "Delimiter"),
            "Type.EmptyTypes" => Expression.Field(null, typeof(Type), "EmptyTypes"),
            "Type.GetTypeArray" => Static(typeof(Type), "GetTypeArray", Expression.Constant(null, typeof(object[]))),
            "CustomAttributeExtensions.IsDefined" => Expression.Call(
                typeof(System.Reflection.CustomAttributeExtensions).GetMethod("IsDefined", [typeof(System.Reflection.MemberInfo), typeof(Type)])!,
                Expression.Constant(null, typeof(System.Reflection.MemberInfo)),
                Expression.Constant(null, typeof(Type))),
            _ => Static(typeof(Probe), "GetType", Int(1)),
        };

        // IsDefined's two arguments are of reflection types too, and reported after it.
        var found = Check(tree);
        Assert.Equal(violations, found.Count);
        var violation = found[0];

        Assert.StartsWith($"The expression uses {what}: reflection (GetType, typeof, System.Type, System.Reflection) is not allowed", violation.Message, StringComparison.Ordinal);
        Assert.Equal($"表达式使用了 {what}：规则集中不允许反射（GetType、typeof、System.Type、System.Reflection）。", violation.MessageZh);
        Assert.StartsWith("Remove it. Rule expressions may use Person facts", violation.Hint, StringComparison.Ordinal);
        Assert.StartsWith("请删除。规则表达式只能使用", violation.HintZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Math.Pow", "System.Math.Pow")]
    [InlineData("string.Concat", "System.String.Concat")]
    [InlineData("string.PadLeft", "System.String.PadLeft")]
    [InlineData("string.Replace", "System.String.Replace")]
    [InlineData("string.ToString", "System.String.ToString")]
    [InlineData("int.Parse", "System.Int32.Parse")]
    [InlineData("int.GetHashCode", "System.Int32.GetHashCode")]
    [InlineData("char.IsDigit", "System.Char.IsDigit")]
    [InlineData("bool.Parse", "System.Boolean.Parse")]
    [InlineData("list.Add", "System.Collections.Generic.List`1")]
    [InlineData("list of objects Count", "System.Collections.Generic.List`1[[System.Object")]
    [InlineData("list of facts Count", "System.Collections.Generic.List`1[[DpfDomain.Rules.Facts.PersonFacts")]
    [InlineData("dictionary of text to objects Count", "System.Collections.Generic.Dictionary`2[[System.String")]
    [InlineData("immutable array Length", "System.Collections.Immutable.ImmutableArray`1")]
    [InlineData("tuple Item1", "System.Tuple`1")]
    [InlineData("decimal.Scale", "System.Decimal.Scale")]
    [InlineData("TimeSpan.MaxValue", "System.TimeSpan.MaxValue")]
    [InlineData("object.ToString of a fact object", "System.Object.ToString")]
    [InlineData("object.GetHashCode of an int", "System.Object.GetHashCode")]
    [InlineData("Enumerable.SelectMany", "System.Linq.Enumerable.SelectMany")]
    [InlineData("Enumerable.Concat", "System.Linq.Enumerable.Concat")]
    [InlineData("Convert.ToChar", "System.Convert.ToChar")]
    public void ANeighbourOffTheLists_IsRefusedAsNotAllowed(string what, string named)
    {
        var facts = Expression.Parameter(typeof(List<DpfDomain.Rules.Facts.PersonFacts>), "people");
        Expression tree = what switch
        {
            "Math.Pow" => Static(typeof(Math), "Pow", Expression.Constant(2.0), Expression.Constant(3.0)),
            "string.Concat" => Static(typeof(string), "Concat", Text("a"), Text("b")),
            "string.PadLeft" => Instance(Text("a"), "PadLeft", Int(1_000_000_000)),
            "string.Replace" => Instance(Text("a"), "Replace", Text("a"), Text("aa")),
            "string.ToString" => Instance(Text("a"), "ToString"),
            "int.Parse" => Static(typeof(int), "Parse", Text("1")),
            "int.GetHashCode" => Instance(Int(1), "GetHashCode"),
            "char.IsDigit" => Static(typeof(char), "IsDigit", Expression.Constant('1')),
            "bool.Parse" => Static(typeof(bool), "Parse", Text("true")),
            "list.Add" => Instance(Numbers, "Add", Int(1)),
            "list of objects Count" => Expression.Property(Expression.Parameter(typeof(List<object>), "objects"), "Count"),
            "list of facts Count" => Expression.Property(facts, "Count"),
            "dictionary of text to objects Count" => Expression.Property(Expression.Parameter(typeof(Dictionary<string, object>), "table"), "Count"),
            "immutable array Length" => Expression.Property(Expression.Parameter(typeof(System.Collections.Immutable.ImmutableArray<int>), "array"), "Length"),
            "tuple Item1" => Expression.Property(Expression.Parameter(typeof(Tuple<int>), "tuple"), "Item1"),
            "decimal.Scale" => Expression.Property(Expression.Constant(1.5m), "Scale"),
            "TimeSpan.MaxValue" => Expression.Field(null, typeof(TimeSpan), "MaxValue"),
            "object.ToString of a fact object" => ObjectMethod(Person, "ToString"),
            "object.GetHashCode of an int" => ObjectMethod(Int(1), "GetHashCode"),
            "Enumerable.SelectMany" => Expression.Call(typeof(Enumerable), "SelectMany", [typeof(int), typeof(int)], Categories, Expression.Lambda<Func<int, IEnumerable<int>>>(Categories, Expression.Parameter(typeof(int), "c"))),
            "Enumerable.Concat" => Expression.Call(typeof(Enumerable), "Concat", [typeof(int)], Categories, Categories),
            _ => Static(typeof(Convert), "ToChar", Int(65)),
        };

        var violation = Assert.Single(Check(tree));

        Assert.StartsWith($"The expression uses {named}", violation.Message, StringComparison.Ordinal);
        Assert.EndsWith(", which is not on the allow-list of rule expressions.", violation.Message, StringComparison.Ordinal);
        Assert.StartsWith("表达式使用了 System.", violation.MessageZh, StringComparison.Ordinal);
        Assert.EndsWith("不在规则表达式允许的范围内。", violation.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("Rule expressions may use Person facts", violation.Hint, StringComparison.Ordinal);
        Assert.StartsWith("规则表达式只能使用 Person 事实", violation.HintZh, StringComparison.Ordinal);
        Assert.False(violation.TooLarge);
    }

    [Theory]
    [InlineData("ToString", "Convert.ToString of a Object")]
    [InlineData("ToDecimal", "Convert.ToDecimal of a Object")]
    [InlineData("ToDateTime", "Convert.ToDateTime of a Object")]
    public void AConvertOfAWholeObject_IsRefused_AndNothingElseAboutIt(string method, string named)
    {
        var call = Static(typeof(Convert), method, Expression.Convert(Person, typeof(object)));

        var violation = Assert.Single(Check(call));

        Assert.StartsWith($"The expression uses {named}, which is not on the allow-list", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the facts cast to object", "Int32.CompareTo of a Object")]
    [InlineData("the facts", "Int32.CompareTo of a PersonFacts")]
    [InlineData("another vocabulary object", "Int32.CompareTo of a Link")]
    [InlineData("a query over whole facts", "Enumerable.Contains of a PersonFacts")]
    [InlineData("a list to Convert", "Convert.ToString of a IReadOnlyList`1")]
    public void AWholeObjectPassedToAnAllowedMethod_IsRefused(string what, string named)
    {
        // Int32.CompareTo(object) and Enumerable.Contains are on the lists; a whole object could only be read by its type name or make them fail.
        var compareTo = typeof(int).GetMethod(nameof(int.CompareTo), [typeof(object)])!;
        var people = Expression.Parameter(typeof(IEnumerable<DpfDomain.Rules.Facts.PersonFacts>), "people");
        Expression call = what switch
        {
            "the facts cast to object" => Expression.Call(Int(1), compareTo, Expression.Convert(Person, typeof(object))),
            "the facts" => Expression.Call(Int(1), compareTo, Person),
            "another vocabulary object" => Expression.Call(Int(1), compareTo, First),
            "a query over whole facts" => Expression.Call(typeof(Enumerable), "Contains", [typeof(DpfDomain.Rules.Facts.PersonFacts)], people, Person),
            _ => Expression.Call(typeof(Convert).GetMethod(nameof(Convert.ToString), [typeof(object)])!, Categories),
        };

        var violation = Assert.Single(Check(call));

        Assert.StartsWith($"The expression uses {named}, which is not on the allow-list", violation.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Expression.Call(Int(1), typeof(int).GetMethod(nameof(int.CompareTo), [typeof(int)])!, Int(2))));
    }

    [Fact]
    public void AConvertWithASecondArgumentOfAnObject_IsRefused()
    {
        var violation = Assert.Single(Check(Static(typeof(Convert), nameof(Convert.ToString), Int(1), Expression.Constant(null, typeof(IFormatProvider)))));

        Assert.StartsWith("The expression uses Convert.ToString of a IFormatProvider", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADisallowedMethodThatAlsoReadsTheCulture_IsReportedOnceAsNotAllowed()
    {
        var violation = Assert.Single(Check(Static(typeof(int), nameof(int.Parse), Text("1"), Expression.Constant(null, typeof(IFormatProvider)))));

        Assert.Contains("System.Int32.Parse", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StartsWith", "CurrentCulture", false)]
    [InlineData("StartsWith", "InvariantCultureIgnoreCase", false)]
    [InlineData("StartsWith", "Ordinal", true)]
    [InlineData("EndsWith", "OrdinalIgnoreCase", true)]
    public void AStringComparison_OtherThanOrdinal_IsRefusedForTheCulture(string method, string comparison, bool allowed)
    {
        var call = Instance(Text("abc"), method, Text("a"), Expression.Constant(Enum.Parse<StringComparison>(comparison)));

        var violations = Check(call);

        if (allowed)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal($"The expression uses String.{method} with a comparison that follows the computer's language settings, so the same person could be decided differently on another computer.", violation.Message);
        Assert.Equal($"表达式使用的 String.{method} 按计算机的语言设置比较文本，同一个人在另一台计算机上可能得到不同的结果。", violation.MessageZh);
        Assert.StartsWith("Leave the comparison out", violation.Hint, StringComparison.Ordinal);
        Assert.StartsWith("请去掉比较方式参数", violation.HintZh, StringComparison.Ordinal);
        Assert.False(violation.TooLarge);
    }

    [Fact]
    public void ADisallowedConstruct_SaysWhatItIs_InBothLanguages()
    {
        var violation = Assert.Single(Check(Expression.New(typeof(object))));

        Assert.Equal("The expression contains a New construct, which rule sets do not allow (no new objects, arrays, type tests or invocations).", violation.Message);
        Assert.Equal("表达式包含 New 结构，规则集不允许（不能新建对象、数组，不能做类型判断或调用委托）。", violation.MessageZh);
        Assert.StartsWith("Rule expressions may use Person facts", violation.Hint, StringComparison.Ordinal);
        Assert.StartsWith("规则表达式只能使用", violation.HintZh, StringComparison.Ordinal);
        Assert.False(violation.TooLarge);
    }

    [Fact]
    public void AClockRead_SaysSoInBothLanguages()
    {
        var violation = Assert.Single(Check(TickCount));

        Assert.Equal("The expression reads Environment.TickCount: rules may not read the clock or other ambient values; results must depend only on the evaluation date and the facts.", violation.Message);
        Assert.Equal("表达式读取了 Environment.TickCount：规则不得读取系统时钟等环境值，结果只能取决于评估日期和事实。", violation.MessageZh);
        Assert.Equal("请改用来自评估日期的 Person.Year、Person.Month 或 Person.Age。", violation.HintZh);
        Assert.False(violation.TooLarge);
    }

    private static Expression<Func<int, int, int>> Sum2()
    {
        var (a, b) = (Expression.Parameter(typeof(int), "a"), Expression.Parameter(typeof(int), "b"));
        return Expression.Lambda<Func<int, int, int>>(Expression.Add(a, b), a, b);
    }

    private static LambdaExpression Lambda(Func<ParameterExpression, Expression> body)
    {
        var item = Expression.Parameter(typeof(int), "c");
        return Expression.Lambda(body(item), item);
    }

    /// <summary>A method named like <see cref="object.GetType"/> that returns a plain number.</summary>
    internal static class Probe
    {
        public static int GetType(int value) => value;
    }
}

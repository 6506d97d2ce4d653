using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// The allow-list walk over a parsed expression tree. An expression may use the fact
/// vocabulary, the parameters, scoped params, literals, arithmetic, comparison, logic,
/// conditionals, basic string and <see cref="Math"/> members, conversions between numbers, and
/// LINQ queries over fact collections — nothing else. Everything not on the lists is refused,
/// with reflection, the clock and sequence generators named specifically.
/// </summary>
internal sealed class ExpressionSandbox
{
    private static readonly HashSet<ExpressionType> AllowedNodes = new()
    {
        ExpressionType.Add, ExpressionType.AddChecked, ExpressionType.Subtract, ExpressionType.SubtractChecked,
        ExpressionType.Multiply, ExpressionType.MultiplyChecked, ExpressionType.Divide, ExpressionType.Modulo,
        ExpressionType.Negate, ExpressionType.NegateChecked, ExpressionType.UnaryPlus, ExpressionType.Not,
        ExpressionType.And, ExpressionType.Or, ExpressionType.AndAlso, ExpressionType.OrElse,
        ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
        ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual, ExpressionType.Coalesce, ExpressionType.Conditional,
        ExpressionType.Constant, ExpressionType.Parameter, ExpressionType.MemberAccess, ExpressionType.Call,
        ExpressionType.Lambda, ExpressionType.Quote, ExpressionType.Convert, ExpressionType.ConvertChecked,
        ExpressionType.ArrayIndex, ExpressionType.ArrayLength,
    };

    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "Contains", "StartsWith", "EndsWith", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Trim", "TrimStart",
        "TrimEnd", "Substring", "IndexOf", "LastIndexOf", "Equals", "CompareTo", "IsNullOrEmpty", "IsNullOrWhiteSpace",
        "Compare", "op_Equality", "op_Inequality", "get_Chars",
    };

    private static readonly HashSet<string> MathMethods = new(StringComparer.Ordinal)
    {
        "Abs", "Min", "Max", "Round", "Floor", "Ceiling", "Truncate", "Sign", "Clamp",
    };

    private static readonly HashSet<string> EnumerableMethods = new(StringComparer.Ordinal)
    {
        "Any", "All", "Count", "LongCount", "Contains", "Where", "Select", "Sum", "Min", "Max", "Average", "Distinct",
        "FirstOrDefault", "LastOrDefault", "SingleOrDefault", "ElementAtOrDefault", "OrderBy", "OrderByDescending", "Take", "Skip",
    };

    private static readonly HashSet<string> ConvertMethods = new(StringComparer.Ordinal)
    {
        "ToDecimal", "ToInt32", "ToInt64", "ToDouble", "ToBoolean", "ToString",
    };

    private readonly HashSet<Type> _vocabularyTypes;
    private readonly List<SandboxViolation> _violations = [];
    private int _queryDepth;

    /// <summary>Creates a sandbox for expressions over the given vocabulary types (facts and parameters).</summary>
    public ExpressionSandbox(params Type[] vocabularyTypes) => _vocabularyTypes = [.. vocabularyTypes];

    /// <summary>Checks the text before it is parsed: its length, invisible characters and bracket nesting.</summary>
    public static IReadOnlyList<SandboxViolation> CheckText(string expression)
    {
        if (expression.Length > SandboxLimits.MaxExpressionLength)
        {
            return [new(SandboxMessages.TooLong(expression.Length, SandboxLimits.MaxExpressionLength))];
        }

        var invisible = IndexOfInvisible(expression);
        if (invisible >= 0)
        {
            var code = char.IsSurrogatePair(expression, invisible) ? char.ConvertToUtf32(expression, invisible) : expression[invisible];
            return [new(SandboxMessages.Invisible(code, invisible + 1), Offset: invisible)];
        }

        // Checked on the text, before the recursive-descent parser sees it.
        var nesting = BracketNesting(expression);
        return nesting > SandboxLimits.MaxBracketNesting ? [new(SandboxMessages.BracketsTooDeep(nesting, SandboxLimits.MaxBracketNesting))] : [];
    }

    /// <summary>
    /// The first character that does not show as itself on screen — a control character other
    /// than tab and line breaks, a format character (direction overrides, zero-width marks, tags),
    /// a line or paragraph separator, or half of a broken surrogate pair — or −1. Such a character
    /// makes a rule read differently from what it does, in a literal as much as outside one.
    /// </summary>
    private static int IndexOfInvisible(string expression)
    {
        for (var i = 0; i < expression.Length; i++)
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(expression, i);
            if (expression[i] is not ('\t' or '\n' or '\r') && category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Surrogate)
            {
                return i;
            }

            if (char.IsHighSurrogate(expression[i]))
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>The deepest nesting of ( [ { outside string literals.</summary>
    private static int BracketNesting(string expression)
    {
        var depth = 0;
        var deepest = 0;
        var quote = '\0';
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return deepest;
    }

    /// <summary>Walks a parsed tree and returns every violation found (empty when allowed).</summary>
    public IReadOnlyList<SandboxViolation> Check(Expression expression)
    {
        _violations.Clear();
        _queryDepth = 0;
        var nodes = 0;
        var deepest = 0;
        Walk(expression, 1, ref nodes, ref deepest);
        if (nodes > SandboxLimits.MaxNodes || deepest > SandboxLimits.MaxDepth)
        {
            _violations.Add(new(SandboxMessages.TooLarge(nodes, deepest, SandboxLimits.MaxNodes, SandboxLimits.MaxDepth)));
        }

        return [.. _violations.Distinct()];
    }

    private void Walk(Expression? node, int depth, ref int nodes, ref int deepest)
    {
        if (node is null)
        {
            return;
        }

        nodes++;
        deepest = Math.Max(deepest, depth);
        if (nodes > SandboxLimits.MaxNodes * 4)
        {
            return;
        }

        if (IsReflectionType(node.Type))
        {
            _violations.Add(new(SandboxMessages.Reflection(node.Type.FullName ?? node.Type.Name), NameOf(node)));
            return;
        }

        if (!AllowedNodes.Contains(node.NodeType))
        {
            _violations.Add(new(SandboxMessages.Construct(node.NodeType)));
            return;
        }

        switch (node)
        {
            case MethodCallExpression call:
                CheckCall(call);
                Walk(call.Object, depth + 1, ref nodes, ref deepest);
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, depth + 1, ref nodes, ref deepest);
                }

                break;
            case MemberExpression member:
                CheckMember(member);
                Walk(member.Expression, depth + 1, ref nodes, ref deepest);
                break;
            case BinaryExpression binary:
                if (binary.Method is not null)
                {
                    CheckMethod(binary.Method);
                }

                Walk(binary.Left, depth + 1, ref nodes, ref deepest);
                Walk(binary.Right, depth + 1, ref nodes, ref deepest);
                break;
            case UnaryExpression unary:
                if (unary.Method is not null)
                {
                    CheckMethod(unary.Method);
                }

                if (unary.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked && !IsValueType(unary.Type) && unary.Type != typeof(object))
                {
                    _violations.Add(new(SandboxMessages.Disallowed(unary.Type.FullName ?? unary.Type.Name)));
                }

                Walk(unary.Operand, depth + 1, ref nodes, ref deepest);
                break;
            case ConditionalExpression conditional:
                Walk(conditional.Test, depth + 1, ref nodes, ref deepest);
                Walk(conditional.IfTrue, depth + 1, ref nodes, ref deepest);
                Walk(conditional.IfFalse, depth + 1, ref nodes, ref deepest);
                break;
            case LambdaExpression lambda:
                _queryDepth++;
                if (_queryDepth > SandboxLimits.MaxQueryNesting)
                {
                    _violations.Add(new(SandboxMessages.QueriesTooDeep(SandboxLimits.MaxQueryNesting)));
                }
                else
                {
                    Walk(lambda.Body, depth + 1, ref nodes, ref deepest);
                }

                _queryDepth--;
                break;
            case ConstantExpression constant:
                if (constant.Value is not null && !IsValueType(constant.Type) && constant.Type != typeof(string))
                {
                    _violations.Add(new(SandboxMessages.Disallowed(constant.Type.FullName ?? constant.Type.Name)));
                }

                break;
        }
    }

    private void CheckMember(MemberExpression member)
    {
        var declaring = member.Member.DeclaringType!;
        if (declaring == typeof(DateTime) || declaring == typeof(DateTimeOffset) || declaring == typeof(DateOnly) || declaring == typeof(TimeOnly) || declaring == typeof(Environment))
        {
            _violations.Add(new(SandboxMessages.Clock($"{declaring.Name}.{member.Member.Name}"), member.Member.Name));
            return;
        }

        if (IsReflectionType(declaring))
        {
            _violations.Add(new(SandboxMessages.Reflection($"{declaring.Name}.{member.Member.Name}"), member.Member.Name));
            return;
        }

        if (_vocabularyTypes.Contains(declaring) || IsAllowedCollection(declaring) || declaring == typeof(string) || IsNullable(declaring))
        {
            return;
        }

        if (member.Expression is null && (declaring == typeof(Math) || IsNumeric(declaring)))
        {
            return;
        }

        _violations.Add(new(SandboxMessages.Disallowed($"{declaring.FullName}.{member.Member.Name}"), member.Member.Name));
    }

    private void CheckCall(MethodCallExpression call)
    {
        // Dynamic LINQ binds ToString() on a number, a yes/no value or text to object.ToString.
        if (call.Method.Name == nameof(ToString) && call.Method.DeclaringType == typeof(object) && call.Arguments.Count == 0
            && call.Object is { } target && (IsValueType(target.Type) || target.Type == typeof(string)))
        {
            return;
        }

        // A whole object (the facts, the parameters, or anything passed as object) can only be read as a whole, by its type name, or make the call fail.
        var whole = call.Arguments.FirstOrDefault(a => a.Type == typeof(object) || _vocabularyTypes.Contains(a.Type)
            || (call.Method.DeclaringType == typeof(Convert) && !IsValueType(a.Type) && a.Type != typeof(string)));
        if (whole is not null)
        {
            _violations.Add(new(SandboxMessages.Disallowed(SandboxMessages.MemberOf($"{call.Method.DeclaringType!.Name}.{call.Method.Name}", whole.Type.Name)), call.Method.Name));
            return;
        }

        var before = _violations.Count;
        CheckMethod(call.Method);
        if (_violations.Count > before)
        {
            return;
        }

        if (call.Method.Name == nameof(ToString) && call.Object is not null && call.Arguments.Count == 1 && call.Arguments[0].Type == typeof(string))
        {
            CheckFormat(call.Object.Type, call.Arguments[0]);
        }

        if (CultureInvariance.Classify(call) == CultureInvariance.Kind.Refused)
        {
            _violations.Add(new(SandboxMessages.Culture($"{call.Method.DeclaringType!.Name}.{call.Method.Name}"), call.Method.Name));
        }
    }

    /// <summary>A number's format must be a short literal whose output is bounded (see <see cref="SandboxLimits.MaxFormattedLength"/>).</summary>
    private void CheckFormat(Type number, Expression format)
    {
        if (format is not ConstantExpression { Value: string text })
        {
            _violations.Add(new(SandboxMessages.Format(Loading.IsoDates.Echo("(not a literal)"), SandboxLimits.MaxFormatLength, SandboxLimits.MaxFormatPrecision)));
            return;
        }

        if (text.Length == 0 || text.Length > SandboxLimits.MaxFormatLength)
        {
            _violations.Add(new(SandboxMessages.Format(Loading.IsoDates.Echo(text), SandboxLimits.MaxFormatLength, SandboxLimits.MaxFormatPrecision)));
            return;
        }

        if (text.Length > 1 && char.IsAsciiLetter(text[0]) && text.Skip(1).All(char.IsAsciiDigit)
            && (text.Length > 3 || int.Parse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) > SandboxLimits.MaxFormatPrecision))
        {
            _violations.Add(new(SandboxMessages.Format(Loading.IsoDates.Echo(text), SandboxLimits.MaxFormatLength, SandboxLimits.MaxFormatPrecision)));
            return;
        }

        if (char.IsAsciiLetter(text[0]) && text.Skip(1).All(char.IsAsciiDigit) && !StandardFormats(number).Contains(char.ToUpperInvariant(text[0])))
        {
            _violations.Add(new(SandboxMessages.Format(Loading.IsoDates.Echo(text), SandboxLimits.MaxFormatLength, SandboxLimits.MaxFormatPrecision)));
        }
    }

    /// <summary>The standard format letters a number type accepts (anything else throws when evaluated).</summary>
    private static string StandardFormats(Type number) => Type.GetTypeCode(number) switch
    {
        TypeCode.Decimal => "CEFGNP",
        TypeCode.Double or TypeCode.Single => "CEFGNPR",
        _ => "BCDEFGNPX",
    };

    private void CheckMethod(MethodInfo method)
    {
        var declaring = method.DeclaringType!;
        var name = method.Name;
        if (name == nameof(GetType) || declaring.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true || declaring == typeof(Type))
        {
            _violations.Add(new(SandboxMessages.Reflection($"{declaring.Name}.{name}"), name));
        }
        else if (declaring == typeof(Enumerable) && name is "Range" or "Repeat" or "Empty" or "Aggregate" or "ToList" or "ToArray" or "ToDictionary" or "ToHashSet" or "ToLookup")
        {
            _violations.Add(new(SandboxMessages.Generator($"Enumerable.{name}"), name));
        }
        else if (declaring == typeof(DateTime) || declaring == typeof(DateTimeOffset) || declaring == typeof(Guid) || declaring == typeof(Environment))
        {
            _violations.Add(new(SandboxMessages.Clock($"{declaring.Name}.{name}"), name));
        }
        else if (!IsAllowedMethod(declaring, name))
        {
            _violations.Add(new(SandboxMessages.Disallowed($"{declaring.FullName}.{name}"), name));
        }
    }

    private static bool IsAllowedMethod(Type declaring, string name) =>
        (declaring == typeof(string) && StringMethods.Contains(name))
        || (declaring == typeof(Math) && MathMethods.Contains(name))
        || (declaring == typeof(Enumerable) && EnumerableMethods.Contains(name))
        || (declaring == typeof(Convert) && ConvertMethods.Contains(name))
        || (IsNumeric(declaring) && (name.StartsWith("op_", StringComparison.Ordinal) || name is "Round" or "Floor" or "Ceiling" or "Truncate" or "Abs" or "Max" or "Min" or "ToString" or "CompareTo" or "Equals"))
        || (declaring == typeof(bool) && name is "ToString" or "Equals")
        || (IsAllowedCollection(declaring) && name is "get_Item" or "Contains" or "get_Count");

    private static bool IsReflectionType(Type type) =>
        type == typeof(Type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true;

    private static bool IsNumeric(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;

    private static bool IsValueType(Type type) => type.IsPrimitive || type == typeof(decimal) || IsNullable(type) || type.IsEnum;

    private static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is not null;

    private static bool IsAllowedCollection(Type type) =>
        type.IsGenericType && type.Namespace is "System.Collections.Generic" && type.GetGenericArguments().All(a => a.IsPrimitive || a == typeof(string) || a == typeof(decimal));

    /// <summary>The name a node is written with in the text (a method or member), to position a refusal; null for any other node.</summary>
    private static string? NameOf(Expression node) => node switch
    {
        MethodCallExpression call => call.Method.Name,
        MemberExpression member => member.Member.Name,
        _ => null,
    };
}

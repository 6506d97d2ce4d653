using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Makes an accepted expression evaluate the same under every culture of the machine. The
/// members rule writers naturally use read the current culture in .NET (<c>ToUpper()</c>,
/// <c>StartsWith(text)</c>, <c>string.Compare</c>, <c>&lt;</c> on text, a number's
/// <c>ToString()</c>, <c>Convert.ToDecimal("0.5")</c>, ordering by text); each is rewritten to
/// its invariant or ordinal form before compiling. <see cref="Classify(MethodCallExpression)"/> tells the sandbox
/// which calls are culture-neutral, which are rewritten, and which are refused because no
/// invariant form exists (an explicit culture-based <see cref="StringComparison"/>).
/// </summary>
internal sealed class CultureInvariance : ExpressionVisitor
{
    /// <summary>The shared rewriter (it has no state).</summary>
    public static readonly CultureInvariance Instance = new();

    private static readonly ConstantExpression Invariant = Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider));
    private static readonly ConstantExpression Ordinal = Expression.Constant(StringComparison.Ordinal);
    private static readonly ConstantExpression OrdinalComparer = Expression.Constant(StringComparer.Ordinal, typeof(IComparer<string>));
    private static readonly MethodInfo CompareOrdinal = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo Sign = typeof(Math).GetMethod(nameof(Math.Sign), [typeof(int)])!;

    /// <summary>Culture-sensitive text members that have an ordinal or invariant rewrite.</summary>
    private static readonly HashSet<string> TextMembers = ["ToUpper", "ToLower", "Compare", "CompareTo", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf"];

    private CultureInvariance()
    {
    }

    /// <summary>How a call relates to the current culture.</summary>
    public enum Kind
    {
        /// <summary>The call's result never depends on the culture.</summary>
        Neutral,

        /// <summary>The call reads the culture and is rewritten to an invariant form.</summary>
        Rewritten,

        /// <summary>The call reads the culture and cannot be made invariant: refused at load.</summary>
        Refused,
    }

    /// <summary>Classifies a call the sandbox has otherwise allowed.</summary>
    public static Kind Classify(MethodCallExpression call) => Classify(call.Method, call.Object, call.Arguments);

    private static Kind Classify(MethodInfo method, Expression? target, System.Collections.ObjectModel.ReadOnlyCollection<Expression> arguments)
    {
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType == typeof(IFormatProvider) || p.ParameterType == typeof(CultureInfo)))
        {
            return Kind.Refused;
        }

        var comparison = Array.FindIndex(parameters, p => p.ParameterType == typeof(StringComparison));
        if (comparison >= 0)
        {
            return arguments[comparison] is ConstantExpression { Value: StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase } ? Kind.Neutral : Kind.Refused;
        }

        if (Rewrite(method, target, arguments) is not null)
        {
            return Kind.Rewritten;
        }

        var textMember = method.DeclaringType == typeof(string) && TextMembers.Contains(method.Name) && !parameters.Any(p => p.ParameterType == typeof(char));
        return textMember ? Kind.Refused : Kind.Neutral;
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var target = Visit(node.Object);
        var arguments = Visit(node.Arguments);
        return Rewrite(node.Method, target, arguments) ?? node.Update(target, arguments);
    }

    private static Expression? Rewrite(MethodInfo method, Expression? target, IReadOnlyList<Expression> arguments)
    {
        var declaring = method.DeclaringType!;
        var types = method.GetParameters().Select(p => p.ParameterType).ToArray();
        if (declaring == typeof(string))
        {
            return RewriteText(method.Name, target, arguments, types);
        }

        if (method.Name == nameof(ToString) && target is not null && IsNumber(Unwrap(target.Type)))
        {
            return RewriteNumberText(target, arguments, types);
        }

        if (declaring == typeof(Convert) && types.Length > 0 && types[^1] != typeof(IFormatProvider))
        {
            var invariant = Exact(typeof(Convert), method.Name, [.. types, typeof(IFormatProvider)]);
            return invariant is null || (types[0] != typeof(string) && !IsNumber(types[0]) && types[0] != typeof(object))
                ? null
                : Expression.Call(invariant, [.. arguments, Invariant]);
        }

        return declaring == typeof(Enumerable) ? RewriteQuery(method, arguments) : null;
    }

    private static MethodCallExpression? RewriteText(string name, Expression? target, IReadOnlyList<Expression> arguments, Type[] types)
    {
        switch (name)
        {
            case "ToUpper" when types.Length == 0:
                return Expression.Call(target!, nameof(string.ToUpperInvariant), null);
            case "ToLower" when types.Length == 0:
                return Expression.Call(target!, nameof(string.ToLowerInvariant), null);
            case "Compare" when types is [{ } a, { } b] && a == typeof(string) && b == typeof(string):
                return Expression.Call(Sign, Expression.Call(CompareOrdinal, arguments[0], arguments[1]));
            case "CompareTo" when types is [{ } a] && a == typeof(string):
                return Expression.Call(Sign, Expression.Call(CompareOrdinal, target!, arguments[0]));
            case "StartsWith" or "EndsWith" or "IndexOf" or "LastIndexOf" when types.Length > 0 && types[0] == typeof(string) && types.Skip(1).All(t => t == typeof(int)):
                var ordinal = Exact(typeof(string), name, [.. types, typeof(StringComparison)]);
                return ordinal is null ? null : Expression.Call(target, ordinal, [.. arguments, Ordinal]);
            default:
                return null;
        }
    }

    private static Expression? RewriteNumberText(Expression target, IReadOnlyList<Expression> arguments, Type[] types)
    {
        if (Nullable.GetUnderlyingType(target.Type) is { } underlying)
        {
            if (types.Length != 0)
            {
                return null;
            }

            var value = Expression.Property(target, nameof(Nullable<int>.Value));
            var text = RewriteNumberText(value, arguments, types)!;
            return Expression.Condition(Expression.Property(target, nameof(Nullable<int>.HasValue)), text, Expression.Constant(string.Empty));
        }

        var formatted = Exact(target.Type, nameof(ToString), [.. types, typeof(IFormatProvider)]);
        return types.Any(t => t != typeof(string)) || formatted is null ? null : Expression.Call(target, formatted, [.. arguments, Invariant]);
    }

    /// <summary>Orders, and takes the least or greatest of, text ordinally instead of by the current culture's collation.</summary>
    private static MethodCallExpression? RewriteQuery(MethodInfo method, IReadOnlyList<Expression> arguments)
    {
        if (!method.IsGenericMethod)
        {
            return null;
        }

        var generic = method.GetGenericArguments();
        switch (method.Name)
        {
            case "OrderBy" or "OrderByDescending" when arguments.Count == 2 && generic[1] == typeof(string):
                return Expression.Call(typeof(Enumerable), method.Name, generic, arguments[0], arguments[1], OrdinalComparer);
            case "Min" or "Max" when arguments.Count == 1 && generic[0] == typeof(string):
                return Expression.Call(typeof(Enumerable), method.Name, generic, arguments[0], OrdinalComparer);
            case "Min" or "Max" when arguments.Count == 2 && method.ReturnType == typeof(string):
                var selected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [generic[0], typeof(string)], arguments[0], arguments[1]);
                return Expression.Call(typeof(Enumerable), method.Name, [typeof(string)], selected, OrdinalComparer);
            default:
                return null;
        }
    }

    /// <summary>The public method with exactly these parameter types (no widening, unlike <see cref="Type.GetMethod(string, Type[])"/>).</summary>
    private static MethodInfo? Exact(Type type, string name, Type[] parameters) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == name && !m.IsGenericMethod && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;
}

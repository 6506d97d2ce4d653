using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Parses rule expressions with RulesEngine's own <see cref="RuleExpressionParser"/> (so that
/// the language is exactly RulesEngine's), screens each tree with the <see cref="ExpressionSandbox"/>,
/// type-checks it, and turns parse errors into plain-words problems with did-you-mean hints.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    /// <summary>Identifiers that name something outside the sandbox; a parse error on them is reported as a sandbox violation.</summary>
    private static readonly FrozenSet<string> ForbiddenIdentifiers = new[]
    {
        "typeof", "Type", "Assembly", "Activator", "AppDomain", "Environment", "File", "Directory", "Path", "Process", "Thread",
        "Task", "GC", "Marshal", "Console", "Registry", "HttpClient", "WebClient", "Socket", "DateTime", "DateTimeOffset", "Guid",
        "Random", "System", "Reflection", "Expression", "Delegate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly RuleExpressionParser _parser;
    private readonly ExpressionSandbox _sandbox;
    private readonly FrozenSet<string> _factNames;
    private readonly FrozenSet<string> _parameterNames;

    public ExpressionCompiler(Type factsType, string factsName, ParameterTimeline parameters)
    {
        Facts = Expression.Parameter(factsType, factsName);
        RawParameters = Expression.Parameter(typeof(object), "parameterValues");
        Parameters = Expression.Variable(parameters.Type, "Parameters");
        _parser = new RuleExpressionParser(new ReSettings { CustomTypes = [factsType, parameters.Type] });
        _sandbox = new ExpressionSandbox(factsType, parameters.Type);
        _factNames = factsType.GetProperties().Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        _parameterNames = parameters.Names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The facts parameter (<c>Person</c>).</summary>
    public ParameterExpression Facts { get; }

    /// <summary>The untyped parameter-values argument of every compiled delegate.</summary>
    public ParameterExpression RawParameters { get; }

    /// <summary>The typed <c>Parameters</c> variable that expressions read.</summary>
    public ParameterExpression Parameters { get; }

    /// <summary>The names the expression can refer to at top level, for suggestions.</summary>
    public IEnumerable<string> FactNames => _factNames;

    /// <summary>Parses and screens one expression. <paramref name="returnType"/> null means "its natural type".</summary>
    public Expression? Parse(string text, IReadOnlyList<ParameterExpression> scope, Type? returnType, out ExpressionProblem? problem)
    {
        var tooLong = ExpressionSandbox.CheckText(text);
        if (tooLong.Count > 0)
        {
            problem = FromViolation(tooLong[0], null);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new ExpressionProblem(DiagnosticCode.ExpressionSyntax, null, "The expression is empty.", "表达式为空。", "Write a condition, e.g. Person.Age >= 18.", "请填写条件，例如 Person.Age >= 18。");
            return null;
        }

        Expression body;
        try
        {
            body = _parser.Parse(text, [Facts, Parameters, .. scope], returnType);
        }
        catch (ParseException exception)
        {
            problem = Explain(exception.Message, exception.Position, text, scope);
            return null;
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // The parser is RulesEngine's (System.Linq.Dynamic.Core's): besides its ParseException it
            // lets through what the expression-tree factories throw for an expression they cannot
            // build (an operator not defined for two types, a conversion that does not exist). The
            // try holds that one call only, so whatever it refuses is a problem of this expression.
            problem = new ExpressionProblem(DiagnosticCode.ExpressionSyntax, null, $"The expression cannot be read: {exception.Message}", $"无法解析表达式：{exception.Message}", "Check the expression against the facts reference.", "请对照事实参考表检查表达式。");
            return null;
        }

        var violations = _sandbox.Check(body);
        problem = violations.Count > 0 ? FromViolation(violations[0], null) : null;
        return problem is null ? body : null;
    }

    private static ExpressionProblem FromViolation(SandboxViolation violation, int? offset) =>
        new(violation.TooLarge ? DiagnosticCode.ExpressionTooLarge : DiagnosticCode.SandboxViolation, offset, violation.Message, violation.MessageZh, violation.Hint, violation.HintZh);

    private ExpressionProblem Explain(string message, int position, string text, IReadOnlyList<ParameterExpression> scope)
    {
        var offset = Math.Clamp(position, 0, text.Length);
        var word = WordBefore(text, offset);
        var scopeNames = scope.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (word is not null && ForbiddenIdentifiers.Contains(word.Value.Word) && !scopeNames.Contains(word.Value.Word))
        {
            return Forbidden(word.Value.Word, word.Value.Start);
        }

        var construct = NewObject().Match(StringLiterals().Replace(text, m => new string(' ', m.Length)));
        if (construct.Success)
        {
            var end = text.IndexOfAny(['(', '{', '['], construct.Index + 3);
            var what = text[construct.Index..(end > 0 ? Math.Min(end, construct.Index + 40) : Math.Min(text.Length, construct.Index + 40))].Trim();
            return new ExpressionProblem(DiagnosticCode.SandboxViolation, construct.Index, $"The expression builds a new object or array ({what} …), which rule sets do not allow.", $"表达式新建了对象或数组（{what} …），规则集不允许。", "Use Person facts, Parameters, numbers and text directly.", "请直接使用 Person 事实、Parameters 参数、数字和文本。");
        }

        var missingType = TypeNotFound().Match(message);
        if (missingType.Success)
        {
            var typeName = missingType.Groups["name"].Value;
            var shortName = typeName[(typeName.LastIndexOf('.') + 1)..];
            return Forbidden(typeName, IndexOfWord(text, shortName, offset));
        }

        var member = NoMember().Match(message);
        if (member.Success)
        {
            var name = member.Groups["name"].Value;
            var typeName = member.Groups["type"].Value;
            var at = IndexOfWord(text, name, offset);
            if (typeName == Facts.Type.Name || typeName == Parameters.Type.Name)
            {
                var inParameters = typeName == Parameters.Type.Name;
                var candidates = inParameters ? (IEnumerable<string>)_parameterNames : _factNames;
                var suggestion = Suggestions.Closest(name, candidates);
                var where = inParameters ? "the parameters of this rule set" : $"the {Facts.Name} facts";
                var whereZh = inParameters ? "本规则集的参数" : $" {Facts.Name} 的事实项";
                return new ExpressionProblem(
                    DiagnosticCode.UnknownName,
                    at,
                    $"'{name}' is not one of {where}.",
                    $"“{name}”不是{whereZh}之一。",
                    suggestion is not null ? $"Did you mean '{suggestion}'?" : inParameters ? $"Declare it under \"Parameters\", or use one of: {string.Join(", ", _parameterNames.Order(StringComparer.Ordinal))}." : "See the facts reference (docs/facts-reference.md) for the names.",
                    suggestion is not null ? $"是否应为“{suggestion}”？" : inParameters ? "请在“Parameters”中声明该参数，或使用已有参数。" : "请查阅事实参考表（docs/facts-reference.zh-CN.md）。");
            }

            return new ExpressionProblem(
                DiagnosticCode.UnknownName,
                at,
                $"'{name}' does not exist on a value of type {typeName}.",
                $"类型为 {typeName} 的值没有“{name}”。",
                "Check the spelling; text has Length, Contains, StartsWith, …; lists have Count, Any, Contains, ….",
                "请检查拼写；文本可用 Length、Contains、StartsWith 等，列表可用 Count、Any、Contains 等。");
        }

        var unknown = UnknownIdentifier().Match(message);
        if (unknown.Success && ForbiddenIdentifiers.Contains(unknown.Groups["name"].Value) && !scopeNames.Contains(unknown.Groups["name"].Value))
        {
            return Forbidden(unknown.Groups["name"].Value, IndexOfWord(text, unknown.Groups["name"].Value, offset));
        }

        if (unknown.Success)
        {
            var name = unknown.Groups["name"].Value;
            var suggestion = Suggestions.Closest(name, [Facts.Name!, "Parameters", .. scope.Select(s => s.Name!)]);
            return new ExpressionProblem(
                DiagnosticCode.UnknownName,
                IndexOfWord(text, name, offset),
                $"'{name}' is not a known name here.",
                $"此处没有名为“{name}”的对象。",
                suggestion is not null ? $"Did you mean '{suggestion}'? Facts are written {Facts.Name}.<fact>, parameters Parameters.<name>." : $"Facts are written {Facts.Name}.<fact> (e.g. {Facts.Name}.Age), parameters Parameters.<name>.",
                suggestion is not null ? $"是否应为“{suggestion}”？事实写作 {Facts.Name}.<事实名>，参数写作 Parameters.<参数名>。" : $"事实写作 {Facts.Name}.<事实名>（如 {Facts.Name}.Age），参数写作 Parameters.<参数名>。");
        }

        if (message.Contains("of type 'Boolean' expected", StringComparison.Ordinal))
        {
            return new ExpressionProblem(DiagnosticCode.ExpressionType, null, "The expression is not a yes/no condition.", "表达式不是“是/否”条件。", "Compare the value with something, e.g. Person.Age >= 18.", "请与某个值比较，例如 Person.Age >= 18。");
        }

        if (message.Contains("is not accessible", StringComparison.Ordinal) || message.Contains("not found", StringComparison.Ordinal))
        {
            return new ExpressionProblem(DiagnosticCode.SandboxViolation, offset, $"The expression uses something rule sets may not use ({message.TrimEnd('.')}).", $"表达式使用了规则集不允许的内容（{message.TrimEnd('.')}）。", "Use only Person facts, Parameters, string and Math members.", "只能使用 Person 事实、Parameters 参数、字符串和 Math 的成员。");
        }

        return new ExpressionProblem(DiagnosticCode.ExpressionSyntax, offset, $"The expression cannot be read: {message.TrimEnd('.')}.", $"无法解析表达式：{message.TrimEnd('.')}。", "Check brackets, quotes and operators (&&, ||, ==, >=).", "请检查括号、引号和运算符（&&、||、==、>=）。");
    }

    private static ExpressionProblem Forbidden(string word, int offset) => new(
        DiagnosticCode.SandboxViolation,
        offset,
        $"The expression uses '{word}', which rule sets may not use: no reflection (GetType, typeof), no system types (File, Environment, Process, AppDomain, Activator, …), no clock.",
        $"表达式使用了“{word}”，规则集不允许：不能使用反射（GetType、typeof）、系统类型（File、Environment、Process、AppDomain、Activator 等）或系统时钟。",
        "Use only Person facts, Parameters, numbers, text, comparison and logic.",
        "只能使用 Person 事实、Parameters 参数、数字、文本、比较和逻辑运算。");

    private static (string Word, int Start)? WordBefore(string text, int offset)
    {
        var end = Math.Min(offset, text.Length);
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
        {
            start--;
        }

        return end > start ? (text[start..end], start) : null;
    }

    private static int IndexOfWord(string text, string word, int offset)
    {
        var best = -1;
        foreach (Match match in Word().Matches(text))
        {
            if (!string.Equals(match.Value, word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (best < 0 || match.Index <= offset)
            {
                best = match.Index;
            }
        }

        return best >= 0 ? best : offset;
    }

    [GeneratedRegex(@"No property or field '(?<name>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex NoMember();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\w.])new\s*[\(\[\{A-Za-z]")]
    private static partial Regex NewObject();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiterals();

    [GeneratedRegex(@"Type '(?<name>[^']+)' not found")]
    private static partial Regex TypeNotFound();

    [GeneratedRegex(@"Unknown identifier '(?<name>[^']+)'")]
    private static partial Regex UnknownIdentifier();
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Parses rule expressions as RulesEngine's own <c>RuleExpressionParser</c> does (so that the
/// language is exactly RulesEngine's; see <see cref="RuleExpressionParsing"/>), screens each tree with the <see cref="ExpressionSandbox"/>,
/// type-checks it, and turns parse errors into plain-words problems with did-you-mean hints.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    /// <summary>Identifiers that name something outside the sandbox; a parse error on them is reported as a sandbox violation.</summary>
    private static readonly HashSet<string> ForbiddenIdentifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "typeof", "Type", "Assembly", "Activator", "AppDomain", "Environment", "File", "Directory", "Path", "Process", "Thread",
        "Task", "GC", "Marshal", "Console", "Registry", "HttpClient", "WebClient", "Socket", "DateTime", "DateTimeOffset", "Guid",
        "Random", "System", "Reflection", "Expression", "Delegate",
    };

    private readonly System.Linq.Dynamic.Core.ParsingConfig _parsing;
    private readonly ExpressionSandbox _sandbox;
    // Only a problem's did-you-mean reads the names (in the order of these sets) and the facts' meanings: they are made when one is first explained.
    private readonly Lazy<FrozenSet<string>> _factNames;
    private readonly Lazy<FrozenSet<string>> _parameterNames;

    private readonly Lazy<IReadOnlyList<(string Name, string Chinese, string English)>> _factMeanings;
    private readonly IReadOnlyList<(string Name, string Chinese, string English)> _parameterMeanings;

    /// <param name="factsType">The facts type (<see cref="Facts.PersonFacts"/> or <see cref="Facts.EmployerFacts"/>).</param>
    /// <param name="factsName">What the expressions call the facts (<c>Person</c>).</param>
    /// <param name="parameters">The rule set's parameters.</param>
    /// <param name="parameterMeanings">The parameters' meanings, for a parameter written in Chinese.</param>
    public ExpressionCompiler(Type factsType, string factsName, ParameterTimeline parameters, IReadOnlyList<(string Name, string Chinese, string English)>? parameterMeanings = null)
    {
        _factMeanings = new(() => MeaningLookup.OfFacts(factsType));
        _parameterMeanings = parameterMeanings ?? [];
        Facts = Expression.Parameter(factsType, factsName);
        RawParameters = Expression.Parameter(typeof(object), "parameterValues");
        Parameters = Expression.Variable(parameters.Type, "Parameters");
        _parsing = RuleExpressionParsing.Config([factsType, parameters.Type]);
        _sandbox = new ExpressionSandbox(factsType, parameters.Type);
        _factNames = new(() => factsType.GetProperties().Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal));
        _parameterNames = new(() => parameters.Names.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The facts parameter (<c>Person</c>).</summary>
    public ParameterExpression Facts { get; }

    /// <summary>The untyped parameter-values argument of every compiled delegate.</summary>
    public ParameterExpression RawParameters { get; }

    /// <summary>The typed <c>Parameters</c> variable that expressions read.</summary>
    public ParameterExpression Parameters { get; }

    /// <summary>The names the expression can refer to at top level, for suggestions.</summary>
    public IEnumerable<string> FactNames => _factNames.Value;

    /// <summary>Parses and screens one expression. <paramref name="returnType"/> null means "its natural type".</summary>
    public Expression? Parse(string text, IReadOnlyList<ParameterExpression> scope, Type? returnType, out ExpressionProblem? problem)
    {
        var tooLong = ExpressionSandbox.CheckText(text);
        if (tooLong.Count > 0)
        {
            problem = FromViolation(tooLong[0], text);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new ExpressionProblem(ExpressionMessages.Empty());
            return null;
        }

        // Before the parser, which would only say "Syntax error '＞'": each full-width character or mathematical sign, with what to type.
        var lookAlikes = LookAlikes.Find(text);
        if (lookAlikes.Count > 0)
        {
            problem = lookAlikes[0] with { Also = [.. lookAlikes.Skip(1)] };
            return null;
        }

        Expression body;
        try
        {
            body = RuleExpressionParsing.Parse(_parsing, text, [Facts, Parameters, .. scope], returnType);
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
            var reason = ParameterSuffix().Replace(exception.Message, string.Empty).Trim().TrimEnd('.');
            problem = new ExpressionProblem(ExpressionMessages.NotBuilt(reason), NotBuiltOffset(reason, text));
            return null;
        }

        var violations = _sandbox.Check(body);
        problem = violations.Count > 0 ? FromViolation(violations[0], text) : null;
        return problem is null ? body : null;
    }

    /// <summary>The sandbox's refusal at the character it is about, or at the first use of the name it is about; at the expression's start when the text does not tell.</summary>
    private static ExpressionProblem FromViolation(SandboxViolation violation, string text)
    {
        var at = violation.Offset ?? (violation.Word is { } word ? IndexOfWord(text, word, 0) : -1);
        return new ExpressionProblem(violation.Problem, at >= 0 ? at : null);
    }

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
            return new ExpressionProblem(ExpressionMessages.NewObject(what), construct.Index);
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
                var candidates = inParameters ? (IEnumerable<string>)_parameterNames.Value : _factNames.Value;
                var suggestion = Suggestions.Closest(name, candidates);
                var byMeaning = suggestion is null ? MeaningLookup.Containing(name, inParameters ? _parameterMeanings : _factMeanings.Value) : [];
                var problem = inParameters
                    ? ExpressionMessages.NotAParameter(name, suggestion, _parameterNames.Value.Order(StringComparer.Ordinal), byMeaning)
                    : ExpressionMessages.NotAFact(name, Facts.Name!, suggestion, byMeaning);
                return new ExpressionProblem(problem, at);
            }

            return new ExpressionProblem(ExpressionMessages.NoSuchMember(name, typeName), at);
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
            return new ExpressionProblem(ExpressionMessages.UnknownName(name, Facts.Name!, suggestion), IndexOfWord(text, name, offset));
        }

        if (message.Contains("of type 'Boolean' expected", StringComparison.Ordinal))
        {
            return new ExpressionProblem(ExpressionMessages.NotACondition());
        }

        if (message.Contains("is not accessible", StringComparison.Ordinal) || message.Contains("not found", StringComparison.Ordinal))
        {
            return new ExpressionProblem(ExpressionMessages.NotAccessible(message.TrimEnd('.')), offset);
        }

        if (TypesDoNotFit().IsMatch(message))
        {
            return new ExpressionProblem(ExpressionMessages.TypesDoNotFit(message.TrimEnd('.')), offset);
        }

        return new ExpressionProblem(ExpressionMessages.Unreadable(message.TrimEnd('.')), offset);
    }

    /// <summary>
    /// Where an expression the factories could not build goes wrong, from what their reason names: the
    /// quoted text that is no value of the type it stands against ("十六 is not a valid value for
    /// Int32"), or the operator not defined for two types, the first one written (an occurrence
    /// next to quoted text first when one of the types is text); null when the reason names neither.
    /// </summary>
    private static int? NotBuiltOffset(string reason, string text)
    {
        var literals = StringLiterals().Matches(text);
        var invalid = InvalidValue().Match(reason);
        if (invalid.Success)
        {
            foreach (Match literal in literals)
            {
                if (string.Equals(Unescape(literal.Value[1..^1]), invalid.Groups["value"].Value, StringComparison.Ordinal))
                {
                    return literal.Index;
                }
            }

            return null;
        }

        var binary = BinaryNotDefined().Match(reason);
        if (!binary.Success || OperatorSymbols(binary.Groups["op"].Value) is not { } symbols)
        {
            return null;
        }

        var blanked = StringLiterals().Replace(text, m => "\"" + new string(' ', m.Length - 2) + "\"");
        var textInvolved = binary.Groups["a"].Value.EndsWith("String", StringComparison.Ordinal) || binary.Groups["b"].Value.EndsWith("String", StringComparison.Ordinal);
        int? first = null;
        foreach (var symbol in symbols)
        {
            for (var at = blanked.IndexOf(symbol, StringComparison.Ordinal); at >= 0; at = blanked.IndexOf(symbol, at + 1, StringComparison.Ordinal))
            {
                if (!IsWholeOperator(blanked, at, symbol.Length))
                {
                    continue;
                }

                if (textInvolved && NextToText(blanked, at, symbol.Length))
                {
                    return at;
                }

                first = first is { } f ? Math.Min(f, at) : at;
            }
        }

        return first;
    }

    /// <summary>How the expression language writes an operator the expression-tree factories name.</summary>
    private static string[]? OperatorSymbols(string name) => name switch
    {
        "Equal" => ["==", "="],
        "NotEqual" => ["!=", "<>"],
        "GreaterThan" => [">"],
        "GreaterThanOrEqual" => [">="],
        "LessThan" => ["<"],
        "LessThanOrEqual" => ["<="],
        "Add" => ["+"],
        "Subtract" => ["-"],
        "Multiply" => ["*"],
        "Divide" => ["/"],
        "Modulo" => ["%"],
        "AndAlso" => ["&&"],
        "OrElse" => ["||"],
        _ => null,
    };

    /// <summary>Whether the operator at an offset is not part of a longer one ('>' of '>=', '=' of '==').</summary>
    private static bool IsWholeOperator(string text, int at, int length)
    {
        const string OperatorCharacters = "<>=!&|+-*/%";
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + length < text.Length ? text[at + length] : ' ';
        return !OperatorCharacters.Contains(before, StringComparison.Ordinal) && !OperatorCharacters.Contains(after, StringComparison.Ordinal);
    }

    /// <summary>Whether quoted text stands right before or after the operator at an offset (spaces apart).</summary>
    private static bool NextToText(string text, int at, int length)
    {
        var before = text[..at].TrimEnd();
        var after = text[(at + length)..].TrimStart();
        return before.EndsWith('"') || after.StartsWith('"');
    }

    /// <summary>The text of a quoted literal of the expression language, its backslash escapes resolved.</summary>
    private static string Unescape(string literal)
    {
        try
        {
            return Regex.Unescape(literal);
        }
        catch (ArgumentException)
        {
            return literal;
        }
    }

    private static ExpressionProblem Forbidden(string word, int offset) => new(ExpressionMessages.Forbidden(word), offset);

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

    /// <summary>The name of the argument that <see cref="ArgumentException.Message"/> adds: " (Parameter 'value')".</summary>
    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterSuffix();

    /// <summary>A type converter's refusal of quoted text that stands against a value of another type.</summary>
    [GeneratedRegex(@"^(?<value>.*) is not a valid value for (?<type>[\w.`]+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex InvalidValue();

    /// <summary>An expression-tree factory's refusal of an operator for two types.</summary>
    [GeneratedRegex(@"^The binary operator (?<op>\w+) is not defined for the types '(?<a>[^']+)' and '(?<b>[^']+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex BinaryNotDefined();

    [GeneratedRegex(@"Type '(?<name>[^']+)' not found")]
    private static partial Regex TypeNotFound();

    [GeneratedRegex(@"Unknown identifier '(?<name>[^']+)'")]
    private static partial Regex UnknownIdentifier();

    /// <summary>The parser's sentences about operand types that do not go together.</summary>
    [GeneratedRegex(@"^(Operator '.+' incompatible with operand types? |Types '.+' and '.+' are incompatible|A value of type '.+' cannot be converted to type )", RegexOptions.CultureInvariant)]
    private static partial Regex TypesDoNotFit();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// A failure reason that may name parameters in braces — "outside the ages {MinAge} to
/// {MaxAge}" — filled with the values in force when the rule fails, so that a county that changes
/// a parameter never shows the reference catalog's number. <c>{{</c> and <c>}}</c> stand for
/// literal braces. Numbers are written invariantly (1000, 0.5); switches as on/off (开启/关闭).
/// </summary>
internal sealed class ReasonTemplate
{
    private readonly (string Text, PropertyInfo? Parameter)[] _parts;

    private ReasonTemplate(string text, (string Text, PropertyInfo? Parameter)[] parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The reason as written.</summary>
    public string Text { get; }

    /// <summary>Whether the reason names no parameter (its text is final).</summary>
    public bool IsFixed => _parts.All(p => p.Parameter is null);

    /// <summary>Reads a reason; <paramref name="problem"/> says what is wrong with its braces or names, if anything.</summary>
    /// <param name="text">The reason as written.</param>
    /// <param name="parametersType">The rule set's parameters type.</param>
    /// <param name="problem">The first problem: an unknown name (with the known ones) or an unmatched brace.</param>
    /// <returns>The template (with the faulty part kept as text when there is a problem).</returns>
    public static ReasonTemplate Parse(string? text, Type parametersType, out BilingualText? problem)
    {
        text ??= string.Empty;
        problem = null;
        var parts = new List<(string, PropertyInfo?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                problem ??= ExpressionMessages.ReasonUnopenedBrace(i + 1);
                literal.Append(c);
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                problem ??= ExpressionMessages.ReasonUnclosedBrace(i + 1);
                literal.Append(text, i, text.Length - i);
                break;
            }

            var name = text[(i + 1)..end];
            var property = parametersType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                string[] known = [.. parametersType.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal)];
                problem ??= ExpressionMessages.ReasonUnknownParameter(Loading.IsoDates.Echo(name), known);
                literal.Append(text, i, end - i + 1);
            }
            else
            {
                parts.Add((literal.ToString(), null));
                literal.Clear();
                parts.Add((string.Empty, property));
            }

            i = end;
        }

        parts.Add((literal.ToString(), null));
        return new ReasonTemplate(text, [.. parts.Where(p => p.Item1.Length > 0 || p.Item2 is not null)]);
    }

    /// <summary>The reason with the values of <paramref name="parameters"/> (the values in force on the evaluation date).</summary>
    public string Render(object? parameters, bool chinese)
    {
        if (IsFixed)
        {
            return string.Concat(_parts.Select(p => p.Text));
        }

        var text = new StringBuilder();
        foreach (var (literal, parameter) in _parts)
        {
            text.Append(parameter is null ? literal : Format(parameters is null ? null : parameter.GetValue(parameters), chinese));
        }

        return text.ToString();
    }

    private static string Format(object? value, bool chinese) => value switch
    {
        bool on => (on ? FormatWords.SwitchOn : FormatWords.SwitchOff).In(chinese),
        decimal number => number.ToString("#,##0.##########", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

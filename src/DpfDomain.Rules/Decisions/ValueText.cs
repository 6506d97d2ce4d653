using System;
using System.Collections;
using System.Globalization;
using System.Linq;

namespace DpfDomain.Rules.Decisions;

/// <summary>How fact, parameter and output values are written in traces and case comparisons: invariant, lower-case yes/no.</summary>
internal static class ValueText
{
    public static string Format(object? value, bool quoteText) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => quoteText ? $"\"{s}\"" : s,
        IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(item => Format(item, quoteText)))}]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// The parameters of one rule set: a generated class with one property per parameter
/// (<see cref="decimal"/>, or <see cref="bool"/> for a switch), and one instance per date on
/// which any value changes, so that an evaluation reads the values in force with one binary
/// search and no allocation.
/// </summary>
internal sealed class ParameterTimeline
{
    // Plain arrays and a plain dictionary, built with loops: a catalog's first load then JIT-compiles
    // no immutable-collection or LINQ code over these value types. Never changed after construction.
    private readonly LocalDate[] _dates;
    private readonly object[] _instances;
    private readonly Dictionary<string, (LocalDate From, object Value, string Reference)[]> _values;

    public ParameterTimeline(IReadOnlyList<(string Name, bool IsSwitch, IReadOnlyList<(LocalDate From, object Value, string Reference)> Values)> parameters)
    {
        if (parameters.Count == 0)
        {
            Type = typeof(NoParameters);
            _values = new(StringComparer.Ordinal);
            _instances = [new NoParameters()];
            _dates = [LocalDate.MinIsoValue];
            return;
        }

        var properties = new (string Name, Type Type)[parameters.Count];
        _values = new(parameters.Count, StringComparer.Ordinal);
        var dates = new List<LocalDate>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var (name, isSwitch, values) = parameters[i];
            properties[i] = (name, isSwitch ? typeof(bool) : typeof(decimal));
            var copy = new (LocalDate From, object Value, string Reference)[values.Count];
            for (var j = 0; j < values.Count; j++)
            {
                copy[j] = values[j];
                InsertDate(dates, values[j].From);
            }

            _values.Add(name, copy);
        }

        Type = ParameterTypeBuilder.Build(properties);
        _dates = [.. dates];
        _instances = new object[_dates.Length];
        var setters = new System.Reflection.PropertyInfo[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            setters[i] = Type.GetProperty(parameters[i].Name)!;
        }

        for (var d = 0; d < _dates.Length; d++)
        {
            var instance = Activator.CreateInstance(Type)!;
            for (var i = 0; i < parameters.Count; i++)
            {
                setters[i].SetValue(instance, InForce(parameters[i].Values, _dates[d]) ?? (parameters[i].IsSwitch ? false : 0m));
            }

            _instances[d] = instance;
        }
    }

    /// <summary>Adds a date to an ordered list of distinct dates (a rule set has a few dozen at most).</summary>
    private static void InsertDate(List<LocalDate> dates, LocalDate date)
    {
        var at = dates.Count;
        while (at > 0 && dates[at - 1] > date)
        {
            at--;
        }

        if (at == 0 || dates[at - 1] != date)
        {
            dates.Insert(at, date);
        }
    }

    /// <summary>The last value dated on or before <paramref name="date"/>, or null when none is.</summary>
    private static object? InForce(IReadOnlyList<(LocalDate From, object Value, string Reference)> values, LocalDate date)
    {
        object? inForce = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].From <= date)
            {
                inForce = values[i].Value;
            }
        }

        return inForce;
    }

    /// <summary>The generated type that expressions see as <c>Parameters</c>.</summary>
    public Type Type { get; }

    /// <summary>The parameter names.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>The values in force on a date: the last dated value with date ≤ <paramref name="date"/> for each parameter.</summary>
    public object ValuesOn(LocalDate date)
    {
        var lo = 0;
        var hi = _dates.Length - 1;
        var found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_dates[mid] <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _instances[found];
    }

    /// <summary>
    /// The values in force on a date with some replaced ("what if"): a new instance, so the
    /// shared ones are never changed. Switch values must be yes/no, the others numbers.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a parameter, or a value has the wrong kind.</exception>
    public object ValuesWith(LocalDate date, IReadOnlyDictionary<string, object> overrides)
    {
        var copy = Activator.CreateInstance(Type)!;
        var properties = Type.GetProperties();
        foreach (var property in properties)
        {
            property.SetValue(copy, property.GetValue(ValuesOn(date)));
        }

        foreach (var (name, value) in overrides)
        {
            var property = properties.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"'{name}' is not a parameter of this rule set; it has {string.Join(", ", _values.Keys.Order(StringComparer.Ordinal))}.", nameof(overrides));
            object converted = property.PropertyType == typeof(bool)
                ? value as bool? ?? throw new ArgumentException($"'{name}' is a switch: its value must be true or false.", nameof(overrides))
                : value switch
                {
                    decimal d => d,
                    int i => (decimal)i,
                    long l => (decimal)l,
                    double d => (decimal)d,
                    _ => throw new ArgumentException($"'{name}' takes a number.", nameof(overrides)),
                };
            property.SetValue(copy, converted);
        }

        return copy;
    }

    /// <summary>One parameter's value in force on a date, with the date it applies from and its reference.</summary>
    public (LocalDate From, object Value, string Reference)? ValueOn(string name, LocalDate date)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return null;
        }

        (LocalDate From, object Value, string Reference)? result = null;
        foreach (var value in values)
        {
            if (value.From <= date)
            {
                result = value;
            }
        }

        return result;
    }

    /// <summary>The type used when a rule set declares no parameters.</summary>
    public sealed class NoParameters;
}

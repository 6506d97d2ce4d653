using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    private readonly ImmutableArray<LocalDate> _dates;
    private readonly ImmutableArray<object> _instances;
    private readonly ImmutableDictionary<string, ImmutableArray<(LocalDate From, object Value, string Reference)>> _values;

    public ParameterTimeline(IReadOnlyList<(string Name, bool IsSwitch, IReadOnlyList<(LocalDate From, object Value, string Reference)> Values)> parameters)
    {
        Type = parameters.Count == 0
            ? typeof(NoParameters)
            : ParameterTypeBuilder.Build([.. parameters.Select(p => (p.Name, p.IsSwitch ? typeof(bool) : typeof(decimal)))]);
        _values = parameters.ToImmutableDictionary(p => p.Name, p => p.Values.ToImmutableArray(), StringComparer.Ordinal);
        _dates = [.. parameters.SelectMany(p => p.Values.Select(v => v.From)).Distinct().Order()];
        var properties = parameters.Select(p => Type.GetProperty(p.Name)!).ToArray();
        _instances = [.. _dates.Select(date =>
        {
            var instance = Activator.CreateInstance(Type)!;
            for (var i = 0; i < parameters.Count; i++)
            {
                var inForce = parameters[i].Values.LastOrDefault(v => v.From <= date);
                properties[i].SetValue(instance, inForce.Value ?? (parameters[i].IsSwitch ? false : 0m));
            }

            return instance;
        })];
        if (parameters.Count == 0)
        {
            _instances = [new NoParameters()];
            _dates = [LocalDate.MinIsoValue];
        }
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

using System;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// One parameter of a rule set with the value in force on a date: the dated value an evaluation on
/// that date reads as <c>Parameters.&lt;Name&gt;</c>, the date it holds from and its reference. Immutable.
/// </summary>
public sealed class ParameterValue
{
    internal ParameterValue(string name, LocalizedText? description, ParameterUnit unit, object value, LocalDate from, string reference)
    {
        Name = name;
        Description = description;
        Unit = unit;
        Value = value;
        From = from;
        Reference = reference;
    }

    /// <summary>The parameter's name, e.g. <c>AmountPerYear</c>.</summary>
    public string Name { get; }

    /// <summary>What the parameter means, if the rule set says.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The unit.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The value: a <see cref="decimal"/>, or a <see cref="bool"/> for a <see cref="ParameterUnit.Switch"/>.</summary>
    public object Value { get; }

    /// <summary>The first day the value holds (its <c>From</c> in the rule set).</summary>
    public LocalDate From { get; }

    /// <summary>Where the value comes from (the document, or a county's local reference value).</summary>
    public string Reference { get; }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} = {Value} (from {From:uuuu-MM-dd})");
}

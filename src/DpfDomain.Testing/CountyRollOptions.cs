using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>What county <see cref="CountyRollGenerator"/> generates. Mutable while being configured; the generator takes a copy.</summary>
public sealed class CountyRollOptions
{
    /// <summary>The county used unless another is set: 340123.</summary>
    public static DivisionCode DefaultCounty { get; } = DivisionCode.Parse("340123");

    /// <summary>The run date used unless another is set: 2019-06-30, the end of the half-year of the source document.</summary>
    public static LocalDate DefaultAsOf { get; } = new(2019, 6, 30);

    /// <summary>How many people are on the roll (certificate holders and their household members), exactly; 10,000 by default.</summary>
    public int People { get; set; } = 10_000;

    /// <summary>The seed: the same options give the same county, household by household.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The county-level division of every household registration and certificate; 340123 by default.</summary>
    public DivisionCode County { get; set; } = DefaultCounty;

    /// <summary>The date the county is generated for (years 2000–2090): ages, valid and expired certificates, current statuses and school years are as on this date; 2019-06-30 by default.</summary>
    public LocalDate AsOf { get; set; } = DefaultAsOf;

    /// <summary>How many bad rows of each kind the files get (none by default); see <see cref="BadRowKind"/>.</summary>
    public IDictionary<BadRowKind, int> BadRows { get; } = new SortedDictionary<BadRowKind, int>();

    /// <summary>Sets how many bad rows of a kind the files get, for chaining.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="count">How many, 0 or more.</param>
    /// <returns>These options.</returns>
    public CountyRollOptions WithBadRows(BadRowKind kind, int count)
    {
        BadRows[kind] = count;
        return this;
    }

    /// <summary>The options in one line, e.g. for a failing property's counterexample.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{People} people, seed {Seed}, county {County}, as of {AsOf:uuuu-MM-dd}{(BadRows.Values.Any(v => v != 0) ? ", bad rows " + string.Join(", ", BadRows.Where(b => b.Value != 0).Select(b => b.Key + " " + b.Value.ToString(CultureInfo.InvariantCulture))) : string.Empty)}");
}

using System;
using System.Globalization;
using NodaTime;

namespace DpfDomain.Population.Runs;

/// <summary>What a run did: the date, how many households and people were evaluated, and how long it took.</summary>
/// <param name="Date">The evaluation date.</param>
/// <param name="Households">Households evaluated.</param>
/// <param name="People">People evaluated (each through every person program).</param>
/// <param name="Decisions">Decisions made (people × programs).</param>
/// <param name="Elapsed">Wall time, reading and sinks included.</param>
public sealed record PopulationRunResult(LocalDate Date, long Households, long People, long Decisions, TimeSpan Elapsed)
{
    /// <summary>People per second over the whole run.</summary>
    public double PeoplePerSecond => Elapsed.TotalSeconds > 0 ? People / Elapsed.TotalSeconds : 0;

    /// <summary>The result as text.</summary>
    /// <returns>The counts and rate.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu-MM-dd}: {People:N0} people in {Households:N0} households, {Decisions:N0} decisions, {Elapsed.TotalSeconds:0.00} s ({PeoplePerSecond:N0} people/s)");
}

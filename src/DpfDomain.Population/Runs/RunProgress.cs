using System;
using System.Globalization;

namespace DpfDomain.Population.Runs;

/// <summary>How far a run has got: households and people evaluated and handed to the sinks, and the rate.</summary>
/// <param name="Households">Households done.</param>
/// <param name="People">People done.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record RunProgress(long Households, long People, TimeSpan Elapsed)
{
    /// <summary>People per second since the start.</summary>
    public double PeoplePerSecond => Elapsed.TotalSeconds > 0 ? People / Elapsed.TotalSeconds : 0;

    /// <summary>The progress as text.</summary>
    /// <returns>E.g. <c>120,000 people in 75,000 households, 1.2 s, 100,000 people/s</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{People:N0} people in {Households:N0} households, {Elapsed.TotalSeconds:0.0} s, {PeoplePerSecond:N0} people/s");
}

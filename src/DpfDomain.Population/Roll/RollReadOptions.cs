using System;
using DpfDomain.Certificates;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>How a roll is read. Mutable while being configured; give each reader its own.</summary>
public sealed class RollReadOptions
{
    /// <summary>Creates options for a county's roll read for a run date.</summary>
    /// <param name="county">The county whose roll it is: the registration of a member whose 户籍地代码 is empty.</param>
    /// <param name="asOf">The run date: undated facts (hearing aids, implants) are taken as they hold on it.</param>
    /// <exception cref="ArgumentException"><paramref name="county"/> is not a county-level code.</exception>
    public RollReadOptions(DivisionCode county, LocalDate asOf)
    {
        if (!county.IsInitialised || !county.IsCountyLevel)
        {
            throw new ArgumentException("The county must be a county-level division code (six digits whose last two are not 00).", nameof(county));
        }

        County = county;
        AsOf = asOf;
    }

    /// <summary>The county of the roll.</summary>
    public DivisionCode County { get; }

    /// <summary>The run date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The certificate validity policy; 10 years by default.</summary>
    public CertificateValidityPolicy ValidityPolicy { get; set; } = CertificateValidityPolicy.Default;

    /// <summary>Called for every problem as it is found (e.g. to write them all to a file); problems are also kept in the report up to <see cref="MaximumProblemsKept"/>.</summary>
    public Action<RollProblem>? OnProblem { get; set; }

    /// <summary>How many problems the report keeps in memory (the counts are always complete); 10,000 by default.</summary>
    public int MaximumProblemsKept { get; set; } = 10_000;
}

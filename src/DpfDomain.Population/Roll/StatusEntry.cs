using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>One accepted row of a status list, waiting to be joined with the roll (a value, stored in a <see cref="StatusIndex"/>).</summary>
internal readonly record struct StatusEntry(string File, int Row, StatusKind Kind, LocalDate From, LocalDate? Until, int Months, bool DesignatedHospital)
{
    internal bool HoldsOn(LocalDate date) => date >= From && (Until is null || date <= Until);
}

using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>One accepted row of a status list, waiting to be joined with the roll.</summary>
internal sealed class StatusEntry(string file, int row, StatusKind kind, LocalDate from, LocalDate? until, int months, bool designatedHospital)
{
    internal string File { get; } = file;

    internal int Row { get; } = row;

    internal StatusKind Kind { get; } = kind;

    internal LocalDate From { get; } = from;

    internal LocalDate? Until { get; } = until;

    internal int Months { get; } = months;

    internal bool DesignatedHospital { get; } = designatedHospital;

    internal bool Applied { get; set; }

    internal bool HoldsOn(LocalDate date) => date >= From && (Until is null || date <= Until);
}

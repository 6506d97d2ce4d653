using NodaTime;

namespace DpfDomain.Testing;

/// <summary>The school year (1 September to 31 August) that contains a date.</summary>
internal static class SchoolYear
{
    internal static LocalDate Start(LocalDate date) => new(date.Month >= 9 ? date.Year : date.Year - 1, 9, 1);

    internal static LocalDate End(LocalDate date) => Start(date).PlusYears(1).PlusDays(-1);
}

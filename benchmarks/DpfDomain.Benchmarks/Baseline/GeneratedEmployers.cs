using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Benchmarks.Baseline;

/// <summary>
/// Seeded employer facts for the levy (P9): enterprises and other employers, small and large, whole
/// and fractional headcounts, wages above and below the caps, none to many disabled staff.
/// </summary>
internal static class GeneratedEmployers
{
    /// <summary>Employer facts without the date fields.</summary>
    public static EmployerFacts[] Create(int count, int seed)
    {
        // Not for security: a fixed seed gives the same employers on every run.
#pragma warning disable CA5394
        var random = new Random(seed);
        var employers = new EmployerFacts[count];
        for (var i = 0; i < count; i++)
        {
            var headcount = random.Next(4) switch
            {
                0 => random.Next(0, 31),
                1 => random.Next(31, 200) + (random.Next(100) / 100m),
                2 => random.Next(200, 5000),
                _ => random.Next(0, 80) + (random.Next(4) / 4m),
            };
            var local = random.Next(40_000, 100_000) + (random.Next(100) / 100m);
            employers[i] = new EmployerFacts
            {
                IsEnterprise = random.Next(10) < 7,
                Headcount = headcount,
                AverageWage = random.Next(20_000, 400_000) + (random.Next(100) / 100m),
                LocalAverageWage = local,
                SevereQualifyingStaff = random.Next(5) == 0 ? random.Next(0, 6) : 0,
                OtherQualifyingStaff = random.Next(3) == 0 ? random.Next(0, 20) : random.Next(0, 3),
            };
        }
#pragma warning restore CA5394

        return employers;
    }

    /// <summary>The employer's facts with the evaluation date filled in.</summary>
    public static EmployerFacts On(EmployerFacts employer, LocalDate date) => new()
    {
        Year = date.Year,
        Month = date.Month,
        Day = date.Day,
        DateNumber = (date.Year * 10000) + (date.Month * 100) + date.Day,
        IsEnterprise = employer.IsEnterprise,
        Headcount = employer.Headcount,
        AverageWage = employer.AverageWage,
        LocalAverageWage = employer.LocalAverageWage,
        SevereQualifyingStaff = employer.SevereQualifyingStaff,
        OtherQualifyingStaff = employer.OtherQualifyingStaff,
    };
}

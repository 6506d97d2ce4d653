using System;
using System.Collections.Generic;
using DpfDomain.Disabilities;

namespace DpfDomain.Testing;

/// <summary>
/// The shares a generated county is drawn with, in one place. Certificate holders by category and
/// grade follow the county's 2019 roll in round figures; the other shares are set so that a county
/// has about 1.6 people per household on the roll.
/// </summary>
internal static class Shares
{
    /// <summary>Category shares of certificate holders, in code order 视力 … 多重.</summary>
    internal static ReadOnlySpan<double> Categories => [0.14, 0.20, 0.02, 0.35, 0.09, 0.10, 0.10];

    /// <summary>Grade shares, 一级 … 四级.</summary>
    internal static ReadOnlySpan<double> Grades => [0.12, 0.23, 0.30, 0.35];

    /// <summary>How often each category 视力 … 精神 is a component of a multiple disability.</summary>
    internal static ReadOnlySpan<double> Components => [0.16, 0.20, 0.07, 0.25, 0.14, 0.18];

    /// <summary>Age bands of the first certificate holder of a household: (lowest, highest, share).</summary>
    private static readonly (int Low, int High, double Share)[] HolderAges =
    [
        (0, 17, 0.075),
        (18, 44, 0.19),
        (45, 59, 0.275),
        (60, 79, 0.34),
        (80, 95, 0.12),
    ];

    private static readonly double[] HolderAgeShares = Array.ConvertAll(HolderAges, band => band.Share);

    internal const double Rural = 0.65;
    internal const double RegisteredPoorIfRural = 0.14;
    internal const double RegisteredPoorIfUrban = 0.025;
    internal const double MinimumLivingAllowance = 0.12;
    internal const double MarginalMinimumLivingAllowance = 0.034;
    internal const double EndedMinimumLivingAllowance = 0.03;

    /// <summary>特困 for a certificate holder aged 16 or more who lives alone.</summary>
    internal const double ExtremeHardshipIfAlone = 0.052;
    internal const double Expired = 0.058;
    internal const double Revoked = 0.02;
    internal const double FirstReplacement = 0.03;
    internal const double SecondReplacement = 0.005;

    /// <summary>Mental holders with a psychiatric treatment record in the run year or the year before.</summary>
    internal const double RecentlyTreated = 0.70;

    /// <summary>Severe (一级, 二级) holders with an assessed long-term care need.</summary>
    internal const double SevereCareNeed = 0.60;

    internal static DisabilityGrade Grade(Random random) => new(random.Weighted(Grades) + 1);

    internal static DisabilityProfile Profile(Random random)
    {
        var category = (DisabilityCategory)(random.Weighted(Categories) + 1);
        var grade = Grade(random);
        if (category != DisabilityCategory.Multiple)
        {
            return DisabilityProfile.Of(new Disability(category, grade));
        }

        var count = random.Chance(0.7) ? 2 : 3;
        var chosen = new List<DisabilityCategory>(count);
        while (chosen.Count < count)
        {
            var component = (DisabilityCategory)(random.Weighted(Components) + 1);
            if (!chosen.Contains(component))
            {
                chosen.Add(component);
            }
        }

        var components = new Disability[count];
        for (var i = 0; i < count; i++)
        {
            // The first component carries the grade drawn for the certificate; the others are as severe or milder.
            components[i] = new Disability(chosen[i], i == 0 ? grade : new DisabilityGrade(random.Between(grade.Level, 4)));
        }

        return DisabilityProfile.Multiple(components);
    }

    internal static int ReissueCount(Random random)
    {
        var draw = random.NextDouble();
        return draw < SecondReplacement ? 2 : draw < SecondReplacement + FirstReplacement ? 1 : 0;
    }

    internal static int HolderAge(Random random)
    {
        var band = HolderAges[random.Weighted(HolderAgeShares)];
        return random.Between(band.Low, band.High);
    }
}

using System;
using NodaTime;

namespace DpfDomain.Time;

/// <summary>
/// Age in completed years (周岁) on a date, by one explicit convention used everywhere in the
/// library and by every age limit in a rule set.
/// </summary>
/// <remarks>
/// <para><b>Convention.</b> A person reaches age N on the Nth anniversary of the birth date
/// itself: someone born on 2015-06-10 is 10 on 2025-06-10 and 9 the day before. For a
/// 29 February birth date the anniversary in a common year is 28 February, so someone born on
/// 2016-02-29 is 1 on 2017-02-28. This is what NodaTime's
/// <c>Period.Between(birthDate, date, PeriodUnits.Years)</c> returns, and it is the usual
/// administrative reading of 周岁.</para>
/// <para>It is not the reading of Chinese criminal-law practice, which counts a full year only
/// from the day after the birthday; a policy that needs that reading should state its limit one
/// day later.</para>
/// </remarks>
public static class Age
{
    /// <summary>Age in completed years on <paramref name="date"/>.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="date">The date on which the age is wanted; not before the birth date.</param>
    /// <returns>The number of anniversaries of the birth date that are on or before <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <paramref name="birthDate"/>.</exception>
    /// <exception cref="ArgumentException">The two dates are in different calendars.</exception>
    public static int InCompletedYears(LocalDate birthDate, LocalDate date)
    {
        if (birthDate.Calendar != date.Calendar)
        {
            throw new ArgumentException("Both dates must be in the same calendar.", nameof(date));
        }

        if (date < birthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), "The date is before the birth date; nobody has an age before being born.");
        }

        var years = date.Year - birthDate.Year;
        return Anniversary(birthDate, years) > date ? years - 1 : years;
    }

    /// <summary>The date on which a person born on <paramref name="birthDate"/> reaches <paramref name="years"/> completed years.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="years">The age, 0 or more.</param>
    /// <returns>The anniversary; 28 February in a common year for a 29 February birth date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public static LocalDate Anniversary(LocalDate birthDate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return birthDate.PlusYears(years);
    }
}

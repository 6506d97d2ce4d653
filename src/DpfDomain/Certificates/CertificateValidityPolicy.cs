using System;
using System.Globalization;
using NodaTime;

namespace DpfDomain.Certificates;

/// <summary>
/// How long a certificate is valid after issue: 10 years by default (《残疾人证管理办法》), some
/// provinces differ. A certificate issued on day D is valid through the day before the Nth
/// anniversary of D and expired from that anniversary (for 29 February, the anniversary in a
/// common year is 28 February, as for ages). Issued 2019-03-15 with 10 years: valid through
/// 2029-03-14, expired from 2029-03-15.
/// </summary>
public sealed class CertificateValidityPolicy : IEquatable<CertificateValidityPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="years">The validity in years, 1–50.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not 1–50.</exception>
    public CertificateValidityPolicy(int years)
    {
        if (years is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "A certificate's validity is 1 to 50 years.");
        }

        Years = years;
    }

    /// <summary>The national default: 10 years.</summary>
    public static CertificateValidityPolicy Default { get; } = new(10);

    /// <summary>The validity in years.</summary>
    public int Years { get; }

    /// <summary>The first day on which a certificate issued on <paramref name="issueDate"/> is expired.</summary>
    /// <param name="issueDate">The date the validity period began.</param>
    /// <returns>The <see cref="Years"/>th anniversary of the issue date.</returns>
    public LocalDate ExpiresOn(LocalDate issueDate) => issueDate.PlusYears(Years);

    /// <summary>The last day on which a certificate issued on <paramref name="issueDate"/> is valid.</summary>
    /// <param name="issueDate">The date the validity period began.</param>
    /// <returns>The day before <see cref="ExpiresOn(LocalDate)"/>.</returns>
    public LocalDate LastValidDay(LocalDate issueDate) => ExpiresOn(issueDate).PlusDays(-1);

    /// <inheritdoc />
    public bool Equals(CertificateValidityPolicy? other) => other is not null && other.Years == Years;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CertificateValidityPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => Years;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"valid {Years} {(Years == 1 ? "year" : "years")} from issue");
}

using System;
using DpfDomain.Disabilities;

namespace DpfDomain.Employers;

/// <summary>
/// A disabled employee as the employment-security-fund levy counts them: counted only with a
/// contract of at least one year (or a civil-service post), pay at least the local minimum wage
/// and full social insurance; a 一级 or 二级 certificate counts as two. Holds no personal data. Immutable.
/// </summary>
public sealed class DisabledEmployee
{
    /// <summary>The shortest contract, in months, that counts.</summary>
    public const int MinimumContractMonths = 12;

    /// <summary>Creates an employee record.</summary>
    /// <param name="grade">The certificate's grade.</param>
    /// <param name="contractMonths">The length of the labour contract in months (0 when none).</param>
    /// <param name="civilServicePost">Whether the employee holds a civil-service post (编制), which counts without a contract.</param>
    /// <param name="paidAtLeastMinimumWage">Whether pay is at least the local minimum wage.</param>
    /// <param name="hasFullSocialInsurance">Whether the employer pays full social insurance for the employee.</param>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contractMonths"/> is negative.</exception>
    public DisabledEmployee(DisabilityGrade grade, int contractMonths, bool civilServicePost, bool paidAtLeastMinimumWage, bool hasFullSocialInsurance)
    {
        if (!grade.IsInitialised)
        {
            throw new ArgumentException("The grade is the uninitialised default value.", nameof(grade));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(contractMonths);
        Grade = grade;
        ContractMonths = contractMonths;
        CivilServicePost = civilServicePost;
        PaidAtLeastMinimumWage = paidAtLeastMinimumWage;
        HasFullSocialInsurance = hasFullSocialInsurance;
    }

    /// <summary>The certificate's grade.</summary>
    public DisabilityGrade Grade { get; }

    /// <summary>The length of the labour contract in months.</summary>
    public int ContractMonths { get; }

    /// <summary>Whether the employee holds a civil-service post.</summary>
    public bool CivilServicePost { get; }

    /// <summary>Whether pay is at least the local minimum wage.</summary>
    public bool PaidAtLeastMinimumWage { get; }

    /// <summary>Whether full social insurance is paid.</summary>
    public bool HasFullSocialInsurance { get; }

    /// <summary>Whether the employee counts towards the quota.</summary>
    public bool Counts => (CivilServicePost || ContractMonths >= MinimumContractMonths) && PaidAtLeastMinimumWage && HasFullSocialInsurance;

    /// <summary>How many places the employee fills: 0 when not counted, 2 for grade 1–2, else 1.</summary>
    public int CountedAs => !Counts ? 0 : Grade.IsSevere ? 2 : 1;

    /// <inheritdoc />
    public override string ToString() => $"disabled employee, {Grade}, counted as {CountedAs}";
}

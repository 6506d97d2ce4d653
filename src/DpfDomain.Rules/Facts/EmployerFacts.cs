using System;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Employers;
using NodaTime;

namespace DpfDomain.Rules.Facts;

/// <summary>
/// The facts about one employer on one evaluation date that levy expressions read as
/// <c>Employer.&lt;Name&gt;</c>, derived from <see cref="DpfDomain.Employers.Employer"/> by
/// <see cref="From"/>. Immutable once built (init-only properties).
/// </summary>
public sealed class EmployerFacts
{
    /// <summary>The year of the evaluation date.</summary>
    [FactDescription("评估日期所在年份", "The year of the evaluation date.")]
    public int Year { get; init; }

    /// <summary>The month (1–12) of the evaluation date.</summary>
    [FactDescription("评估日期所在月份（1–12）", "The month (1–12) of the evaluation date.")]
    public int Month { get; init; }

    /// <summary>The day of the month (1–31) of the evaluation date.</summary>
    [FactDescription("评估日期是当月第几日（1–31）", "The day of the month (1–31) of the evaluation date.")]
    public int Day { get; init; }

    /// <summary>The evaluation date as the number yyyyMMdd, e.g. 20200101.</summary>
    [FactDescription("评估日期，写作数字 yyyyMMdd，例如 20200101", "The evaluation date as the number yyyyMMdd, e.g. 20200101.")]
    public int DateNumber { get; init; }

    /// <summary>Whether the employer is an enterprise (企业).</summary>
    [FactDescription("用人单位为企业", "The employer is an enterprise.")]
    public bool IsEnterprise { get; init; }

    /// <summary>The prior year's average number of employees (上年在职职工人数); need not be whole.</summary>
    [FactDescription("上年在职职工平均人数（可有小数）", "Prior-year average number of employees (need not be whole).")]
    public decimal Headcount { get; init; }

    /// <summary>The prior year's average annual wage of the employer's staff, in yuan, before any cap.</summary>
    [FactDescription("上年在职职工年平均工资（元，未封顶）", "Prior-year average annual wage of the staff, in yuan, before any cap.")]
    public decimal AverageWage { get; init; }

    /// <summary>The local social average annual wage, in yuan, from which the cap is computed.</summary>
    [FactDescription("当地社会平均工资（元/年），用于计算封顶", "Local social average annual wage, in yuan, from which the cap is computed.")]
    public decimal LocalAverageWage { get; init; }

    /// <summary>Disabled employees who qualify to be counted (contract of at least a year or a civil-service post, at least the minimum wage, full social insurance) and hold a grade 1 or 2 certificate.</summary>
    [FactDescription("符合计入条件（一年以上劳动合同或在编、不低于最低工资、足额社保）且持一、二级残疾人证的职工人数", "Qualifying disabled employees (contract of at least a year or a civil-service post, at least the minimum wage, full social insurance) with a grade 1 or 2 certificate.")]
    public int SevereQualifyingStaff { get; init; }

    /// <summary>Qualifying disabled employees with a grade 3 or 4 certificate.</summary>
    [FactDescription("符合计入条件且持三、四级残疾人证的职工人数", "Qualifying disabled employees with a grade 3 or 4 certificate.")]
    public int OtherQualifyingStaff { get; init; }

    /// <summary>Derives the facts of an employer on a date.</summary>
    /// <param name="employer">The employer.</param>
    /// <param name="date">The evaluation date (the levy year's date).</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employer"/> is null.</exception>
    public static EmployerFacts From(Employer employer, LocalDate date)
    {
        Guard.Against.Null(employer);
        return new EmployerFacts
        {
            Year = date.Year,
            Month = date.Month,
            Day = date.Day,
            DateNumber = (date.Year * 10000) + (date.Month * 100) + date.Day,
            IsEnterprise = employer.IsEnterprise,
            Headcount = employer.PriorYearAverageHeadcount,
            AverageWage = employer.PriorYearAverageAnnualWage.Yuan,
            LocalAverageWage = employer.LocalSocialAverageWage.Yuan,
            SevereQualifyingStaff = employer.DisabledEmployees.Count(e => e.Counts && e.Grade.IsSevere),
            OtherQualifyingStaff = employer.DisabledEmployees.Count(e => e.Counts && !e.Grade.IsSevere),
        };
    }
}

using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;
using DpfDomain.Employers;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>An employer as written in an employer file or a levy test case.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("An employer for the employment security fund levy (残疾人就业保障金).")]
public sealed class EmployerInput
{
    /// <summary>The file and node this was read from, to position problems found later; null when built in code.</summary>
    internal SourceLocation? Source { get; set; }

    /// <summary>The organisation's name.</summary>
    [JsonRequired]
    [Description("The organisation's name.")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The kind of organisation.</summary>
    [JsonRequired]
    [Description("Enterprise, GovernmentAgency, PublicInstitution or SocialOrganisation.")]
    public EmployerKind Kind { get; init; }

    /// <summary>The prior year's average headcount.</summary>
    [JsonRequired]
    [Description("Prior-year average number of employees (need not be whole).")]
    public decimal Headcount { get; init; }

    /// <summary>The prior year's average annual wage, in yuan.</summary>
    [JsonRequired]
    [Description("Prior-year average annual wage of the staff, in yuan.")]
    public decimal AverageWage { get; init; }

    /// <summary>The local social average annual wage, in yuan.</summary>
    [JsonRequired]
    [Description("Local social average annual wage, in yuan.")]
    public decimal LocalAverageWage { get; init; }

    /// <summary>The disabled employees.</summary>
    [Description("The disabled employees.")]
    public IReadOnlyList<DisabledEmployeeInput> DisabledEmployees { get; init; } = [];
}

/// <summary>A disabled employee in an employer file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DisabledEmployeeInput
{
    /// <summary>The certificate grade, 1–4.</summary>
    [JsonRequired]
    [GradeWords]
    [Description("Certificate grade, 1 to 4 or 一级 to 四级 (1–2 count twice).")]
    public int Grade { get; init; }

    /// <summary>The contract length in months.</summary>
    [Description("Labour contract length in months (counts from 12).")]
    public int ContractMonths { get; init; } = 12;

    /// <summary>Whether the employee holds a civil-service post.</summary>
    [Description("Holds a civil-service post (counts without a contract).")]
    public bool CivilServicePost { get; init; }

    /// <summary>Whether pay is at least the local minimum wage.</summary>
    [Description("Paid at least the local minimum wage.")]
    public bool PaidAtLeastMinimumWage { get; init; } = true;

    /// <summary>Whether full social insurance is paid.</summary>
    [Description("Full social insurance paid.")]
    public bool HasFullSocialInsurance { get; init; } = true;
}

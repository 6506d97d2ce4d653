using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Population.Roll;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// The rows of the documented roll layout for a household: one roll row per member and one
/// status-list row per status, each in the file of the office that sends it. The reader turns them
/// back into the same household.
/// </summary>
internal static class RollRows
{
    /// <summary>The roll's columns, in the order written.</summary>
    internal static readonly RollColumn[] RollColumns =
    [
        RollColumn.HouseholdNo, RollColumn.Name, RollColumn.IdNumber, RollColumn.CertificateNumber, RollColumn.Category,
        RollColumn.Grade, RollColumn.Components, RollColumn.IssuedOn, RollColumn.RevokedOn, RollColumn.RevocationReason,
        RollColumn.HukouType, RollColumn.RegistrationCounty, RollColumn.ParentIds,
    ];

    private static readonly StatusListColumn[] ListColumns =
        [StatusListColumn.IdNumber, StatusListColumn.Name, StatusListColumn.Status, StatusListColumn.From, StatusListColumn.Until];

    internal static IReadOnlyList<string> Header(RollFileKind kind) => kind switch
    {
        RollFileKind.Roll => [.. RollColumns.Select(RollLayout.ChineseHeader)],
        RollFileKind.CareNeeds => [.. ListColumns.Append(StatusListColumn.Months).Select(RollLayout.ChineseHeader)],
        RollFileKind.Health => [.. ListColumns.Append(StatusListColumn.DesignatedHospital).Select(RollLayout.ChineseHeader)],
        _ => [.. ListColumns.Select(RollLayout.ChineseHeader)],
    };

    /// <summary>The roll rows of a household's members, in member order.</summary>
    internal static List<object?[]> RollRowsOf(GeneratedHousehold household) =>
        [.. household.Household.Members.Select(member => PersonRow(household.HouseholdNo, member, household.Household))];

    /// <summary>The status-list rows of a household: its poverty statuses (on the first member's number), then each member's statuses.</summary>
    internal static IEnumerable<(RollFileKind File, object?[] Cells)> ListRowsOf(Household household)
    {
        var carrier = household.Members[0];
        foreach (var status in household.PovertyStatuses)
        {
            var (file, kind) = status.Status switch
            {
                PovertyStatus.MinimumLivingAllowance => (RollFileKind.CivilAffairs, StatusKind.MinimumLivingAllowance),
                PovertyStatus.MarginalMinimumLivingAllowance => (RollFileKind.CivilAffairs, StatusKind.MarginalMinimumLivingAllowance),
                PovertyStatus.RegisteredPoor => (RollFileKind.PovertyRegister, StatusKind.RegisteredPoor),
                PovertyStatus.LiftedOutOfPoverty => (RollFileKind.PovertyRegister, StatusKind.LiftedOutOfPoverty),
                _ => (RollFileKind.PovertyRegister, StatusKind.MonitoredForRelapse),
            };
            yield return (file, ListRow(carrier, kind, status.From, status.Until));
        }

        foreach (var person in household.Members)
        {
            foreach (var row in ListRowsOf(person))
            {
                yield return row;
            }
        }
    }

    internal static object?[] ListRow(Person person, StatusKind kind, LocalDate from, LocalDate? until) =>
        ListRow(person.Id.ToUnmaskedString(), person.Name.ToUnmaskedString(), kind, from, until);

    internal static object?[] ListRow(string id, string name, StatusKind kind, LocalDate from, LocalDate? until) =>
        [id, name, RollLayout.ChineseName(kind), Date(from), until is { } last ? Date(last) : null];

    internal static object?[] PersonRow(string householdNo, Person person, Household household)
    {
        var certificate = person.Certificate;
        var parents = household.ParentsOf(person.Id);
        return
        [
            householdNo,
            person.Name.ToUnmaskedString(),
            person.Id.ToUnmaskedString(),
            certificate?.Number.ToUnmaskedString(),
            certificate is null ? null : CategoryWord(certificate.Profile.Category),
            certificate?.Profile.Grade.ChineseName,
            certificate is { Profile.IsMultiple: true } ? Components(certificate.Profile) : null,
            certificate is null ? null : Date(certificate.ValidFrom),
            certificate?.RevokedOn is { } revoked ? Date(revoked) : null,
            certificate?.RevocationReason is { } reason ? ReasonWord(reason) : null,
            HukouWord(household.Registration.Type),
            household.Registration.County.Value,
            parents.Count == 0 ? null : string.Join(";", parents.Select(p => p.Id.ToUnmaskedString())),
        ];
    }

    /// <summary>A category as the roll writes it: the Chinese name without 残疾, e.g. 精神.</summary>
    internal static string CategoryWord(DisabilityCategory category) => category.ChineseName()[..^2];

    /// <summary>The components of a multiple disability, e.g. 精神二级;肢体三级.</summary>
    internal static string Components(DisabilityProfile profile) =>
        string.Join(";", profile.Components.Select(c => CategoryWord(c.Category) + c.Grade.ChineseName));

    internal static string HukouWord(HukouType type) => type == HukouType.Rural ? "农业" : "非农业";

    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string ReasonWord(RevocationReason reason) => reason == RevocationReason.Death ? "死亡" : "不再符合";

    private static IEnumerable<(RollFileKind File, object?[] Cells)> ListRowsOf(Person person)
    {
        foreach (var support in person.Supports)
        {
            var kind = support.Status switch
            {
                SupportStatus.ExtremeHardshipSupport => StatusKind.ExtremeHardshipSupport,
                SupportStatus.OrphanSupport => StatusKind.OrphanSupport,
                SupportStatus.WorkInjuryNursingAllowance => StatusKind.WorkInjuryNursingAllowance,
                _ => StatusKind.WelfareInstitutionCare,
            };
            yield return (RollFileKind.CivilAffairs, ListRow(person, kind, support.From, support.Until));
        }

        foreach (var enrolment in person.Enrolments)
        {
            var kind = enrolment.Status switch
            {
                SchoolStage.Preschool => StatusKind.Preschool,
                SchoolStage.Primary => StatusKind.Primary,
                SchoolStage.JuniorSecondary => StatusKind.JuniorSecondary,
                SchoolStage.GeneralSeniorSecondary => StatusKind.GeneralSeniorSecondary,
                SchoolStage.SecondaryVocational => StatusKind.SecondaryVocational,
                _ => StatusKind.FullTimeHigherEducation,
            };
            yield return (RollFileKind.Schools, ListRow(person, kind, enrolment.From, enrolment.Until));
        }

        if (person.CareNeed is { } care)
        {
            yield return (RollFileKind.CareNeeds, [.. ListRow(person, StatusKind.CareNeed, care.AssessedOn, null), care.ExpectedMonths]);
        }

        foreach (var (first, last) in Runs(person.PsychiatricTreatmentYears))
        {
            // One row per run of consecutive years, from 1 January of the first to 31 December of the last:
            // the record counts for each calendar year from 开始日期 to 结束日期, and 结束日期 is always
            // given, so the row does not depend on how a reader treats a record that goes on.
            yield return (RollFileKind.Health, [.. ListRow(person, StatusKind.PsychiatricTreatment, new LocalDate(first, 1, 1), new LocalDate(last, 12, 31)), null]);
        }

        foreach (var diagnosis in person.Diagnoses)
        {
            var kind = diagnosis.Condition switch
            {
                DiagnosedCondition.Autism => StatusKind.AutismDiagnosis,
                DiagnosedCondition.Visual => StatusKind.VisualDiagnosis,
                DiagnosedCondition.Hearing => StatusKind.HearingDiagnosis,
                DiagnosedCondition.Speech => StatusKind.SpeechDiagnosis,
                DiagnosedCondition.Physical => StatusKind.PhysicalDiagnosis,
                DiagnosedCondition.Intellectual => StatusKind.IntellectualDiagnosis,
                _ => StatusKind.MentalDiagnosis,
            };
            yield return (RollFileKind.Health, [.. ListRow(person, kind, diagnosis.DiagnosedOn, null), diagnosis.ByDesignatedHospital ? "是" : "否"]);
        }

        // Hearing facts have no date in the model: they are written as holding from the certificate's
        // validity start, else the first diagnosis, else birth, so a reader finds them on any later run date.
        var hearingFrom = person.Certificate?.ValidFrom ?? person.Diagnoses.Select(d => (LocalDate?)d.DiagnosedOn).Min() ?? person.BirthDate;
        var hearing = person.Hearing;
        foreach (var (holds, kind) in new[]
        {
            (hearing.WearsHearingAid, StatusKind.WearsHearingAid),
            (hearing.HasCochlearImplant, StatusKind.HasCochlearImplant),
            (hearing.HearingAidFittingIndicated, StatusKind.HearingAidFittingIndicated),
            (hearing.CochlearImplantIndicated, StatusKind.CochlearImplantIndicated),
        })
        {
            if (holds)
            {
                yield return (RollFileKind.Health, [.. ListRow(person, kind, hearingFrom, null), null]);
            }
        }
    }

    private static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> sortedYears)
    {
        int? first = null;
        var last = 0;
        foreach (var year in sortedYears)
        {
            if (first is not null && year == last + 1)
            {
                last = year;
                continue;
            }

            if (first is { } start)
            {
                yield return (start, last);
            }

            first = year;
            last = year;
        }

        if (first is { } open)
        {
            yield return (open, last);
        }
    }

    /// <summary>A valid identity number's text with a wrong check character.</summary>
    internal static string WithWrongCheckCharacter(ResidentIdNumber id)
    {
        var text = id.ToUnmaskedString();
        const string checks = "10X98765432";
        return string.Concat(text.AsSpan(0, 17), checks[(checks.IndexOf(text[17], StringComparison.Ordinal) + 1) % checks.Length].ToString());
    }
}

using System.Globalization;
using System.Text;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Population.Tests.Testing;

/// <summary>
/// Everything the domain knows of a household, as one text (unmasked), so that two households
/// compare equal exactly when a program could not tell them apart. Collections whose order a roll
/// does not keep (statuses, links) are sorted.
/// </summary>
internal static class HouseholdFingerprint
{
    internal static string Of(Household household)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{household.Registration.County} {household.Registration.Type}\n");
        foreach (var status in household.PovertyStatuses.Select(Dated).Order(StringComparer.Ordinal))
        {
            text.Append("poverty ").Append(status).Append('\n');
        }

        foreach (var link in household.ParentLinks.Select(l => $"{l.Parent.ToUnmaskedString()}>{l.Child.ToUnmaskedString()}").Order(StringComparer.Ordinal))
        {
            text.Append("link ").Append(link).Append('\n');
        }

        foreach (var person in household.Members)
        {
            text.Append(Of(person));
        }

        return text.ToString();
    }

    internal static string Of(Person person)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"person {person.Id.ToUnmaskedString()} {person.Name.ToUnmaskedString()}\n");
        if (person.Certificate is { } certificate)
        {
            text.Append(CultureInfo.InvariantCulture, $"  certificate {certificate.Number.ToUnmaskedString()} {certificate.Profile} {certificate.IssuingCounty} valid {Day(certificate.ValidFrom)}..{Day(certificate.LastValidDay)} revoked {Day(certificate.RevokedOn)} {certificate.RevocationReason} history {string.Join(",", certificate.History.Select(h => h.Kind))}\n");
        }

        foreach (var support in person.Supports.Select(Dated).Order(StringComparer.Ordinal))
        {
            text.Append("  support ").Append(support).Append('\n');
        }

        foreach (var enrolment in person.Enrolments.Select(Dated).Order(StringComparer.Ordinal))
        {
            text.Append("  school ").Append(enrolment).Append('\n');
        }

        foreach (var diagnosis in person.Diagnoses.Select(d => $"{d.Condition} {Day(d.DiagnosedOn)} {d.ByDesignatedHospital}").Order(StringComparer.Ordinal))
        {
            text.Append("  diagnosis ").Append(diagnosis).Append('\n');
        }

        if (person.CareNeed is { } care)
        {
            text.Append(CultureInfo.InvariantCulture, $"  care {Day(care.AssessedOn)} {care.ExpectedMonths}\n");
        }

        text.Append("  treated ").Append(string.Join(",", person.PsychiatricTreatmentYears)).Append('\n');
        var hearing = person.Hearing;
        text.Append(CultureInfo.InvariantCulture, $"  hearing {hearing.WearsHearingAid} {hearing.HasCochlearImplant} {hearing.HearingAidFittingIndicated} {hearing.CochlearImplantIndicated}\n");
        return text.ToString();
    }

    private static string Dated<T>(Dated<T> dated)
        where T : struct, Enum => $"{dated.Status} {Day(dated.From)}..{Day(dated.Until)}";

    private static string Day(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Identity;
using DpfDomain.Time;
using NodaTime;

namespace DpfDomain.People;

/// <summary>
/// The facts about one person that the programs need. Immutable; build a changed copy with the
/// <c>With…</c> methods. Household-level facts (registration, poverty, parents) are on
/// <see cref="Household"/>. <see cref="ToString()"/> shows only masked personal data.
/// </summary>
public sealed class Person
{
    private readonly ImmutableArray<Dated<SupportStatus>> _supports;
    private readonly ImmutableArray<Diagnosis> _diagnoses;
    private readonly ImmutableSortedSet<int> _psychiatricTreatmentYears;
    private readonly ImmutableArray<Dated<SchoolStage>> _enrolments;

    /// <summary>Creates a person.</summary>
    /// <param name="id">The identity number; it gives the birth date and sex.</param>
    /// <param name="name">The name.</param>
    /// <param name="certificate">The disability certificate, if any; its holder must be <paramref name="id"/>.</param>
    /// <param name="supports">Support received over time (特困, orphan support, work-injury nursing allowance, welfare institution).</param>
    /// <param name="diagnoses">Diagnoses, such as autism by a designated hospital.</param>
    /// <param name="careNeed">The assessed need for care, if any.</param>
    /// <param name="psychiatricTreatmentYears">Calendar years with a psychiatric treatment record.</param>
    /// <param name="hearing">Hearing aids, implants and fitting indication; none when omitted.</param>
    /// <param name="enrolments">School enrolments over time.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is uninitialised, or a collection holds null.</exception>
    /// <exception cref="DpfDomainException">The certificate belongs to someone else.</exception>
    public Person(
        ResidentIdNumber id,
        PersonName name,
        DisabilityCertificate? certificate = null,
        IEnumerable<Dated<SupportStatus>>? supports = null,
        IEnumerable<Diagnosis>? diagnoses = null,
        CareNeed? careNeed = null,
        IEnumerable<int>? psychiatricTreatmentYears = null,
        HearingFacts? hearing = null,
        IEnumerable<Dated<SchoolStage>>? enrolments = null)
    {
        if (!id.IsInitialised)
        {
            throw new ArgumentException("The identity number is the uninitialised default value.", nameof(id));
        }

        if (!name.IsInitialised)
        {
            throw new ArgumentException("The name is the uninitialised default value.", nameof(name));
        }

        if (certificate is not null && certificate.Holder != id)
        {
            throw new DpfDomainException(
                $"Certificate {certificate.Number} belongs to {certificate.Holder}, not to {id}.",
                $"残疾人证{certificate.Number}的持证人为{certificate.Holder}，不是{id}。");
        }

        Id = id;
        Name = name;
        Certificate = certificate;
        CareNeed = careNeed;
        Hearing = hearing ?? HearingFacts.None;
        _supports = NoNulls(supports, nameof(supports));
        _diagnoses = NoNulls(diagnoses, nameof(diagnoses));
        _enrolments = NoNulls(enrolments, nameof(enrolments));
        _psychiatricTreatmentYears = (psychiatricTreatmentYears ?? []).ToImmutableSortedSet();
    }

    /// <summary>The identity number.</summary>
    public ResidentIdNumber Id { get; }

    /// <summary>The name (masked in <see cref="ToString()"/>).</summary>
    public PersonName Name { get; }

    /// <summary>The birth date, from the identity number.</summary>
    public LocalDate BirthDate => Id.BirthDate;

    /// <summary>The sex, from the identity number.</summary>
    public Sex Sex => Id.Sex;

    /// <summary>The disability certificate, if the person has one.</summary>
    public DisabilityCertificate? Certificate { get; }

    /// <summary>Support received over time.</summary>
    public IReadOnlyList<Dated<SupportStatus>> Supports => _supports;

    /// <summary>Recorded diagnoses.</summary>
    public IReadOnlyList<Diagnosis> Diagnoses => _diagnoses;

    /// <summary>The assessed need for care, if any.</summary>
    public CareNeed? CareNeed { get; }

    /// <summary>Calendar years with a psychiatric treatment record, ascending.</summary>
    public IReadOnlyCollection<int> PsychiatricTreatmentYears => _psychiatricTreatmentYears;

    /// <summary>Hearing aids, implants and fitting indication.</summary>
    public HearingFacts Hearing { get; }

    /// <summary>School enrolments over time.</summary>
    public IReadOnlyList<Dated<SchoolStage>> Enrolments => _enrolments;

    /// <summary>Whether the person needs long-term care (at least six months).</summary>
    public bool NeedsLongTermCare => CareNeed?.IsLongTerm == true;

    /// <summary>Age in completed years on a date; see <see cref="Age"/> for the birthday convention.</summary>
    /// <param name="date">The date, not before the birth date.</param>
    /// <returns>The age.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public int AgeOn(LocalDate date) => Age.InCompletedYears(BirthDate, date);

    /// <summary>Whether the person receives a kind of support on a date.</summary>
    /// <param name="status">The support.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether a recorded period of it includes <paramref name="date"/>.</returns>
    public bool HasSupportOn(SupportStatus status, LocalDate date) => _supports.Any(s => s.Status == status && s.HoldsOn(date));

    /// <summary>The school stage the person is enrolled in on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The stage, or <see langword="null"/> when not enrolled.</returns>
    public SchoolStage? SchoolStageOn(LocalDate date) => _enrolments.LastOrDefault(e => e.HoldsOn(date))?.Status;

    /// <summary>Whether there is a psychiatric treatment record in a calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether the year is recorded.</returns>
    public bool HadPsychiatricTreatmentIn(int year) => _psychiatricTreatmentYears.Contains(year);

    /// <summary>Whether a condition was diagnosed on or before a date.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="date">The date.</param>
    /// <param name="byDesignatedHospitalOnly">Whether only a designated hospital's diagnosis counts.</param>
    /// <returns>Whether such a diagnosis is recorded.</returns>
    public bool HasDiagnosis(DiagnosedCondition condition, LocalDate date, bool byDesignatedHospitalOnly = false) =>
        _diagnoses.Any(d => d.Condition == condition && d.DiagnosedOn <= date && (d.ByDesignatedHospital || !byDesignatedHospitalOnly));

    /// <summary>A copy with a different certificate (e.g. after a renewal) or none.</summary>
    /// <param name="certificate">The certificate; its holder must be this person.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="DpfDomainException">The certificate belongs to someone else.</exception>
    public Person WithCertificate(DisabilityCertificate? certificate) =>
        new(Id, Name, certificate, _supports, _diagnoses, CareNeed, _psychiatricTreatmentYears, Hearing, _enrolments);

    /// <summary>A copy with one more period of support.</summary>
    /// <param name="support">The support period.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is null.</exception>
    public Person WithSupport(Dated<SupportStatus> support)
    {
        Guard.Against.Null(support);
        return new(Id, Name, Certificate, _supports.Add(support), _diagnoses, CareNeed, _psychiatricTreatmentYears, Hearing, _enrolments);
    }

    /// <summary>A copy with one more school enrolment.</summary>
    /// <param name="enrolment">The enrolment period.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    public Person WithEnrolment(Dated<SchoolStage> enrolment)
    {
        Guard.Against.Null(enrolment);
        return new(Id, Name, Certificate, _supports, _diagnoses, CareNeed, _psychiatricTreatmentYears, Hearing, _enrolments.Add(enrolment));
    }

    /// <summary>The masked identity number and name.</summary>
    /// <returns>E.g. <c>Person 340123********123X 张**</c>.</returns>
    public override string ToString() => $"Person {Id} {Name}";

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T>? items, string parameterName)
        where T : class
    {
        var array = (items ?? []).ToImmutableArray();
        return array.Any(i => i is null)
            ? throw new ArgumentException("The collection contains a null element.", parameterName)
            : array;
    }
}

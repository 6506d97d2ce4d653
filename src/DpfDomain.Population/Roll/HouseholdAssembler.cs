using System.Collections.Generic;
using System.Linq;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>Builds a domain household from its pending members and the status lists joined to them.</summary>
internal sealed class HouseholdAssembler(string file, StatusIndex lists, LocalDate asOf, ProblemSink problems)
{
    private readonly List<int> _positions = [];

    internal RollHousehold? Assemble(string householdNo, List<PendingMember> pending)
    {
        var accepted = RejectMissingParents(pending);
        var members = new List<RollMember>(accepted.Count);
        var standing = new List<PendingMember>(accepted.Count);
        var personalRows = new List<int>();
        var povertyRows = new List<int>();
        foreach (var member in accepted)
        {
            // Each member's list rows are looked up once: personal ones go to the person, household ones to the household.
            lists.Of(member.Key, _positions);
            var person = Person(member, _positions, personalRows);
            if (person is not null)
            {
                members.Add(new RollMember(member.Row, person));
                standing.Add(member);
                foreach (var position in _positions)
                {
                    if (PovertyOf(lists[position].Kind) is not null)
                    {
                        povertyRows.Add(position);
                    }
                }
            }
        }

        if (members.Count == 0)
        {
            return null;
        }

        var statuses = new List<Dated<PovertyStatus>>(povertyRows.Count);
        foreach (var position in povertyRows)
        {
            ref readonly var entry = ref lists[position];
            var status = new Dated<PovertyStatus>(PovertyOf(entry.Kind)!.Value, entry.From, entry.Until);
            if (!statuses.Exists(d => d.Status == status.Status && d.From == status.From && d.Until == status.Until))
            {
                statuses.Add(status);
            }
        }

        var links = new List<ParentChildLink>();
        foreach (var member in standing)
        {
            foreach (var parent in member.Parents)
            {
                links.Add(new ParentChildLink(parent, member.Id));
            }
        }

        var people = new Person[members.Count];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = members[i].Person;
        }

        var first = accepted[0];
        Household household;
        try
        {
            household = new Household(new HouseholdRegistration(first.Registration, first.Hukou), people, statuses, links);
        }
        catch (DpfDomainException exception)
        {
            foreach (var member in standing)
            {
                Reject(member, RollProblemCode.InconsistentFacts, exception.Message, exception.MessageZh);
            }

            return null;
        }

        foreach (var position in povertyRows)
        {
            lists.MarkApplied(position);
        }

        foreach (var position in personalRows)
        {
            lists.MarkApplied(position);
        }

        problems.Report.PeopleAccepted += members.Count;
        problems.Report.Households++;
        return new RollHousehold(householdNo, household, members);
    }

    private List<PendingMember> RejectMissingParents(List<PendingMember> pending)
    {
        if (pending.TrueForAll(m => m.Parents.Count == 0))
        {
            return pending;
        }

        var accepted = pending.ToList();
        bool changed;
        do
        {
            changed = false;
            var ids = accepted.Select(m => m.Id).ToHashSet();
            foreach (var member in accepted.ToList())
            {
                if (member.Parents.Any(p => !ids.Contains(p)))
                {
                    Reject(member, RollProblemCode.ParentNotInHousehold, "A parent named in this row is not an accepted member of the same household (check the parent's row and 户号).", "本行所填父母不是同一户中被接受的成员（请检查父母所在行及户号）。");
                    accepted.Remove(member);
                    changed = true;
                }
            }
        }
        while (changed);
        return accepted;
    }

    /// <summary>The person with the statuses listed for them; the rows used are added to <paramref name="used"/>, to count as applied once the household stands.</summary>
    private Person? Person(PendingMember member, List<int> positions, List<int> used)
    {
        if (positions.Count == 0)
        {
            // Not on any list: the person as the roll row gives them (the common case, without the queries below).
            try
            {
                return new Person(member.Id, member.Name, member.Certificate, [], [], null, [], HearingFacts.None, []);
            }
            catch (DpfDomainException exception)
            {
                Reject(member, RollProblemCode.InconsistentFacts, exception.Message, exception.MessageZh);
                return null;
            }
        }

        var mine = new List<int>(positions.Count);
        var supports = new List<Dated<SupportStatus>>();
        var diagnoses = new List<Diagnosis>();
        var treatmentYears = new List<int>();
        var enrolments = new List<Dated<SchoolStage>>();
        (LocalDate From, int Months)? care = null;
        bool wearsAid = false, hasImplant = false, aidIndicated = false, implantIndicated = false;
        foreach (var position in positions)
        {
            ref readonly var e = ref lists[position];
            if (PovertyOf(e.Kind) is not null)
            {
                continue;
            }

            mine.Add(position);
            if (SupportOf(e.Kind) is { } support)
            {
                supports.Add(new Dated<SupportStatus>(support, e.From, e.Until));
            }
            else if (DiagnosisOf(e.Kind) is { } condition)
            {
                diagnoses.Add(new Diagnosis(condition, e.From, e.DesignatedHospital));
            }
            else if (StageOf(e.Kind) is { } stage)
            {
                enrolments.Add(new Dated<SchoolStage>(stage, e.From, e.Until));
            }
            else if (e.Kind == StatusKind.CareNeed && e.From <= asOf && (care is null || e.From >= care.Value.From))
            {
                // The latest assessment up to the run date; of two on the same day, the later row.
                care = (e.From, e.Months);
            }
            else if (e.Kind == StatusKind.PsychiatricTreatment)
            {
                treatmentYears.AddRange(TreatmentYears(e));
            }
            else if (e.HoldsOn(asOf))
            {
                wearsAid |= e.Kind == StatusKind.WearsHearingAid;
                hasImplant |= e.Kind == StatusKind.HasCochlearImplant;
                aidIndicated |= e.Kind == StatusKind.HearingAidFittingIndicated;
                implantIndicated |= e.Kind == StatusKind.CochlearImplantIndicated;
            }
        }

        try
        {
            var person = new Person(
                member.Id,
                member.Name,
                member.Certificate,
                supports,
                diagnoses,
                care is { } need ? new CareNeed(need.From, need.Months) : null,
                treatmentYears,
                new HearingFacts(wearsAid, hasImplant, aidIndicated, implantIndicated),
                enrolments);
            used.AddRange(mine);

            return person;
        }
        catch (DpfDomainException exception)
        {
            Reject(member, RollProblemCode.InconsistentFacts, exception.Message, exception.MessageZh);
            return null;
        }
    }

    /// <summary>Each calendar year of a treatment record: to its last day, or while it lasts, to the run date.</summary>
    private IEnumerable<int> TreatmentYears(StatusEntry entry)
    {
        var last = entry.Until ?? (asOf > entry.From ? asOf : entry.From);
        return Enumerable.Range(entry.From.Year, last.Year - entry.From.Year + 1);
    }

    private void Reject(PendingMember member, RollProblemCode code, string reason, string reasonZh) =>
        problems.RejectPerson([new RollProblem(file, member.Row, null, code, reason, reasonZh)]);

    internal static PovertyStatus? PovertyOf(StatusKind kind) => kind switch
    {
        StatusKind.MinimumLivingAllowance => PovertyStatus.MinimumLivingAllowance,
        StatusKind.MarginalMinimumLivingAllowance => PovertyStatus.MarginalMinimumLivingAllowance,
        StatusKind.RegisteredPoor => PovertyStatus.RegisteredPoor,
        StatusKind.LiftedOutOfPoverty => PovertyStatus.LiftedOutOfPoverty,
        StatusKind.MonitoredForRelapse => PovertyStatus.MonitoredForRelapse,
        _ => null,
    };

    internal static SupportStatus? SupportOf(StatusKind kind) => kind switch
    {
        StatusKind.ExtremeHardshipSupport => SupportStatus.ExtremeHardshipSupport,
        StatusKind.OrphanSupport => SupportStatus.OrphanSupport,
        StatusKind.WorkInjuryNursingAllowance => SupportStatus.WorkInjuryNursingAllowance,
        StatusKind.WelfareInstitutionCare => SupportStatus.WelfareInstitutionCare,
        _ => null,
    };

    internal static SchoolStage? StageOf(StatusKind kind) => kind switch
    {
        StatusKind.Preschool => SchoolStage.Preschool,
        StatusKind.Primary => SchoolStage.Primary,
        StatusKind.JuniorSecondary => SchoolStage.JuniorSecondary,
        StatusKind.GeneralSeniorSecondary => SchoolStage.GeneralSeniorSecondary,
        StatusKind.SecondaryVocational => SchoolStage.SecondaryVocational,
        StatusKind.FullTimeHigherEducation => SchoolStage.FullTimeHigherEducation,
        _ => null,
    };

    internal static DiagnosedCondition? DiagnosisOf(StatusKind kind) => kind switch
    {
        StatusKind.AutismDiagnosis => DiagnosedCondition.Autism,
        StatusKind.VisualDiagnosis => DiagnosedCondition.Visual,
        StatusKind.HearingDiagnosis => DiagnosedCondition.Hearing,
        StatusKind.SpeechDiagnosis => DiagnosedCondition.Speech,
        StatusKind.PhysicalDiagnosis => DiagnosedCondition.Physical,
        StatusKind.IntellectualDiagnosis => DiagnosedCondition.Intellectual,
        StatusKind.MentalDiagnosis => DiagnosedCondition.Mental,
        _ => null,
    };
}

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
        var members = new List<RollMember>();
        var keys = new HashSet<long>();
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
                keys.Add(member.Key);
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

        var poverty = povertyRows.Select(position => (Position: position, Entry: lists[position], Status: PovertyOf(lists[position].Kind))).ToList();
        var links = accepted.Where(m => keys.Contains(m.Key))
            .SelectMany(m => m.Parents.Select(p => new ParentChildLink(p, m.Id)));
        var first = accepted[0];
        Household household;
        try
        {
            household = new Household(
                new HouseholdRegistration(first.Registration, first.Hukou),
                members.Select(m => m.Person),
                poverty.Select(p => new Dated<PovertyStatus>(p.Status!.Value, p.Entry.From, p.Entry.Until)).DistinctBy(d => (d.Status, d.From, d.Until)),
                links);
        }
        catch (DpfDomainException exception)
        {
            foreach (var member in accepted.Where(m => keys.Contains(m.Key)))
            {
                Reject(member, RollProblemCode.InconsistentFacts, exception.Message, exception.MessageZh);
            }

            return null;
        }
        foreach (var position in poverty.Select(p => p.Position).Concat(personalRows))
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

        var mine = positions.Where(p => PovertyOf(lists[p].Kind) is null).ToList();
        var personal = mine.Select(p => lists[p]).ToList();
        try
        {
            var person = new Person(
                member.Id,
                member.Name,
                member.Certificate,
                personal.Where(e => SupportOf(e.Kind) is not null).Select(e => new Dated<SupportStatus>(SupportOf(e.Kind)!.Value, e.From, e.Until)),
                personal.Where(e => DiagnosisOf(e.Kind) is not null).Select(e => new Diagnosis(DiagnosisOf(e.Kind)!.Value, e.From, e.DesignatedHospital)),
                personal.Where(e => e.Kind == StatusKind.CareNeed && e.From <= asOf).OrderBy(e => e.From).Select(e => new CareNeed(e.From, e.Months)).LastOrDefault(),
                personal.Where(e => e.Kind == StatusKind.PsychiatricTreatment).SelectMany(TreatmentYears),
                new HearingFacts(
                    Holds(personal, StatusKind.WearsHearingAid),
                    Holds(personal, StatusKind.HasCochlearImplant),
                    Holds(personal, StatusKind.HearingAidFittingIndicated),
                    Holds(personal, StatusKind.CochlearImplantIndicated)),
                personal.Where(e => StageOf(e.Kind) is not null).Select(e => new Dated<SchoolStage>(StageOf(e.Kind)!.Value, e.From, e.Until)));
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

    private bool Holds(List<StatusEntry> entries, StatusKind kind) => entries.Any(e => e.Kind == kind && e.HoldsOn(asOf));

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

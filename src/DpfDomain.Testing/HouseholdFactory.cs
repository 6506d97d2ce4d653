using System;
using System.Collections.Generic;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Time;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// Builds one household of a county from one <see cref="Random"/>: a first certificate holder whose
/// age decides the household's shape (a disabled child with parents, an orphan, a disabled parent
/// with children, an elderly couple, or someone alone), then statuses, school, care, treatment and
/// hearing facts with the shares of <see cref="Shares"/>.
/// </summary>
internal sealed class HouseholdFactory(DivisionCode county, LocalDate asOf, TestIdentities ids)
{
    private static readonly DiagnosedCondition[] ChildDiagnoses =
        [DiagnosedCondition.Hearing, DiagnosedCondition.Physical, DiagnosedCondition.Intellectual, DiagnosedCondition.Visual, DiagnosedCondition.Speech];

    internal Household Create(Random random, int maxPeople)
    {
        var members = new List<Person>();
        var links = new List<ParentChildLink>();
        var surname = ChineseNames.Surname(random);
        var holderAge = Shares.HolderAge(random);
        if (holderAge <= 17 || (holderAge <= 21 && random.Chance(0.5)))
        {
            var orphan = holderAge <= 17 && random.Chance(0.12);
            var parentCount = orphan ? 0 : Math.Min(random.Chance(0.65) ? 2 : 1, maxPeople - 1);
            var parents = new List<Person>();
            for (var i = 0; i < parentCount; i++)
            {
                var sex = i == 0 ? Sex.Male : Sex.Female;
                var parent = NewPerson(random, Math.Min(95, holderAge + random.Between(20, 38)), sex, i == 0 ? surname : null, random.Chance(0.15));
                parents.Add(parent);
                members.Add(parent);
            }

            var child = NewPerson(random, holderAge, RandomSex(random), surname, holder: true, orphan: orphan);
            members.Add(child);
            links.AddRange(parents.ConvertAll(p => new ParentChildLink(p.Id, child.Id)));
        }
        else if (holderAge is >= 22 and <= 60 && random.Chance(0.38) && maxPeople >= 2)
        {
            var holderSex = RandomSex(random);
            var holder = NewPerson(random, holderAge, holderSex, holderSex == Sex.Male ? surname : null, holder: true);
            members.Add(holder);
            var parents = new List<Person> { holder };
            var spouseAge = Math.Clamp(holderAge + random.Between(-5, 5), 20, 95);
            if (random.Chance(0.55) && maxPeople >= 3)
            {
                var spouseSex = holderSex == Sex.Male ? Sex.Female : Sex.Male;
                var spouse = NewPerson(random, spouseAge, spouseSex, spouseSex == Sex.Male ? surname : null, random.Chance(0.12));
                members.Add(spouse);
                parents.Add(spouse);
            }

            // Parents are 20 to 42 years older than their children; children listed are at most 24.
            var youngestParent = parents.Count == 1 ? holderAge : Math.Min(holderAge, spouseAge);
            var oldestParent = parents.Count == 1 ? holderAge : Math.Max(holderAge, spouseAge);
            var children = Math.Min(random.Weighted([0.55, 0.35, 0.10]) + 1, maxPeople - members.Count);
            for (var i = 0; i < children; i++)
            {
                var childAge = random.Between(Math.Max(0, oldestParent - 42), Math.Min(youngestParent - 20, 24));
                var child = NewPerson(random, childAge, RandomSex(random), surname, random.Chance(0.05), childOfHolder: true);
                members.Add(child);
                links.AddRange(parents.ConvertAll(p => new ParentChildLink(p.Id, child.Id)));
            }
        }
        else if (holderAge >= 60 && random.Chance(0.2) && maxPeople >= 2)
        {
            var holderSex = RandomSex(random);
            members.Add(NewPerson(random, holderAge, holderSex, holderSex == Sex.Male ? surname : null, holder: true));
            var spouseSex = holderSex == Sex.Male ? Sex.Female : Sex.Male;
            members.Add(NewPerson(random, Math.Clamp(holderAge + random.Between(-5, 5), 55, 95), spouseSex, spouseSex == Sex.Male ? surname : null, holder: true));
        }
        else
        {
            members.Add(NewPerson(random, holderAge, RandomSex(random), surname, holder: true, alone: true));
        }

        var rural = random.Chance(Shares.Rural);
        return new Household(
            new HouseholdRegistration(county, rural ? HukouType.Rural : HukouType.Urban),
            members,
            PovertyStatuses(random, rural),
            links);
    }

    private static Sex RandomSex(Random random) => random.Chance(0.5) ? Sex.Male : Sex.Female;

    private List<Dated<PovertyStatus>> PovertyStatuses(Random random, bool rural)
    {
        var statuses = new List<Dated<PovertyStatus>>();
        if (random.Chance(rural ? Shares.RegisteredPoorIfRural : Shares.RegisteredPoorIfUrban))
        {
            var renamedOn = new LocalDate(2021, 1, 1);
            if (asOf < renamedOn)
            {
                statuses.Add(new(PovertyStatus.RegisteredPoor, random.Day(asOf.PlusYears(-5), asOf.PlusDays(-30))));
            }
            else
            {
                statuses.Add(new(PovertyStatus.RegisteredPoor, random.Day(new LocalDate(2014, 1, 1), new LocalDate(2019, 12, 31)), renamedOn.PlusDays(-1)));
                statuses.Add(new(random.Chance(0.8) ? PovertyStatus.LiftedOutOfPoverty : PovertyStatus.MonitoredForRelapse, renamedOn));
            }
        }

        if (random.Chance(Shares.MinimumLivingAllowance))
        {
            statuses.Add(new(PovertyStatus.MinimumLivingAllowance, random.Day(asOf.PlusYears(-8), asOf.PlusDays(-30)), random.Chance(0.3) ? new LocalDate(asOf.Year, 12, 31) : null));
        }
        else if (random.Chance(Shares.MarginalMinimumLivingAllowance))
        {
            statuses.Add(new(PovertyStatus.MarginalMinimumLivingAllowance, random.Day(asOf.PlusYears(-4), asOf.PlusDays(-30))));
        }
        else if (random.Chance(Shares.EndedMinimumLivingAllowance))
        {
            var from = random.Day(asOf.PlusYears(-8), asOf.PlusYears(-3));
            statuses.Add(new(PovertyStatus.MinimumLivingAllowance, from, random.Day(from.PlusYears(1), asOf.PlusDays(-60))));
        }

        return statuses;
    }

    private Person NewPerson(Random random, int age, Sex sex, string? surname, bool holder, bool alone = false, bool orphan = false, bool childOfHolder = false)
    {
        var id = ids.Next(asOf.PlusYears(-age).PlusDays(-random.Next(0, 365)), sex);
        var birth = id.BirthDate;
        age = Age.InCompletedYears(birth, asOf);
        var name = ChineseNames.For(random, sex, surname);
        DisabilityCertificate? certificate = null;
        var supports = new List<Dated<SupportStatus>>();
        var diagnoses = new List<Diagnosis>();
        var treatment = new List<int>();
        CareNeed? care = null;
        HearingFacts? hearing = null;
        var dead = false;
        if (holder)
        {
            var profile = Shares.Profile(random);
            if (age < 3 && !profile.IsMultiple && profile.Category is DisabilityCategory.Speech or DisabilityCategory.Hearing)
            {
                // Under 3, speech is not graded and hearing only 一–三级.
                profile = DisabilityProfile.Of(DisabilityCategory.Hearing, Math.Min(3, profile.Grade.Level));
            }

            certificate = Certificate(random, id, profile, age);
            dead = certificate.RevocationReason == RevocationReason.Death;
            if (profile.Includes(DisabilityCategory.Mental))
            {
                treatment.AddRange(TreatmentYears(random, birth));
            }

            if (profile.IsSevere && !dead && random.Chance(Shares.SevereCareNeed))
            {
                care = new CareNeed(random.Day(Draw.Max(certificate.ValidFrom, asOf.PlusYears(-3)), asOf), random.Between(6, 120));
            }

            if (profile.Includes(DisabilityCategory.Hearing) && !dead)
            {
                hearing = Hearing(random, age);
            }

            if (age <= 10 && profile.Includes(DisabilityCategory.Intellectual) && random.Chance(0.15))
            {
                diagnoses.Add(new Diagnosis(DiagnosedCondition.Autism, DiagnosisDate(random, birth), random.Chance(0.85)));
            }

            if (age >= 18 && age <= 59 && profile.IsSevere && profile.Includes(DisabilityCategory.Physical) && random.Chance(0.08))
            {
                supports.Add(new(SupportStatus.WorkInjuryNursingAllowance, random.Day(certificate.ValidFrom, asOf)));
            }

            if (alone && age >= 16 && !dead && random.Chance(Shares.ExtremeHardshipIfAlone))
            {
                var from = random.Day(Draw.Max(birth.PlusYears(16), asOf.PlusYears(-8)), asOf.PlusDays(-1));
                supports.Add(new(SupportStatus.ExtremeHardshipSupport, from));
                if (random.Chance(0.3))
                {
                    supports.Add(new(SupportStatus.WelfareInstitutionCare, from));
                }
            }
        }
        else if (childOfHolder && age is >= 1 and <= 10)
        {
            if (random.Chance(0.04))
            {
                diagnoses.Add(new Diagnosis(DiagnosedCondition.Autism, DiagnosisDate(random, birth), random.Chance(0.8)));
            }

            if (random.Chance(0.03))
            {
                var condition = random.Pick<DiagnosedCondition>(ChildDiagnoses);
                diagnoses.Add(new Diagnosis(condition, DiagnosisDate(random, birth), random.Chance(0.9)));
                if (condition == DiagnosedCondition.Hearing)
                {
                    hearing = new HearingFacts(random.Chance(0.5), false, random.Chance(0.6));
                }
            }
        }

        if (orphan)
        {
            var from = random.Day(Draw.Max(birth, asOf.PlusYears(-10)), asOf);
            supports.Add(new(SupportStatus.OrphanSupport, from, birth.PlusYears(18).PlusDays(-1)));
            if (random.Chance(0.55))
            {
                supports.Add(new(SupportStatus.WelfareInstitutionCare, from));
            }
        }

        var enrolment = dead ? null : Enrolment(random, age, holder);
        return new Person(id, name, certificate, supports, diagnoses, care, treatment, hearing, enrolment is null ? null : [enrolment]);
    }

    private DisabilityCertificate Certificate(Random random, ResidentIdNumber id, DisabilityProfile profile, int age)
    {
        var birth = id.BirthDate;
        var draw = random.NextDouble();
        var tenYearsAgo = asOf.PlusYears(-10);
        var number = CertificateNumber.For(id, profile, Shares.ReissueCount(random));
        if (draw < Shares.Expired && birth < tenYearsAgo.PlusDays(-30))
        {
            // Issued more than ten years ago and never renewed.
            var issued = random.Day(Draw.Max(birth.PlusDays(30), asOf.PlusYears(-16)), tenYearsAgo);
            return DisabilityCertificate.FromRegister(number, profile, issued, county);
        }

        var validFrom = random.Day(Draw.Min(asOf, Draw.Max(birth.PlusDays(30), tenYearsAgo.PlusDays(1))), asOf);
        var certificate = DisabilityCertificate.FromRegister(number, profile, validFrom, county);
        if (draw > 1 - Shares.Revoked)
        {
            var reason = age >= 60 && random.Chance(0.6) ? RevocationReason.Death : RevocationReason.NoLongerQualifies;
            certificate = certificate.Revoke(random.Day(validFrom, asOf), reason);
        }

        return certificate;
    }

    private IEnumerable<int> TreatmentYears(Random random, LocalDate birth)
    {
        var draw = random.NextDouble();
        int last;
        if (draw < Shares.RecentlyTreated)
        {
            last = random.Chance(0.75) ? asOf.Year : asOf.Year - 1;
        }
        else if (draw < 0.9)
        {
            last = asOf.Year - random.Between(2, 6);
        }
        else
        {
            yield break;
        }

        if (last < birth.Year)
        {
            yield break;
        }

        for (var year = Math.Max(birth.Year, last - random.Between(0, 4)); year <= last; year++)
        {
            yield return year;
        }
    }

    private static HearingFacts Hearing(Random random, int age)
    {
        if (age <= 14)
        {
            var implant = random.Chance(0.2);
            return new HearingFacts(!implant && random.Chance(0.6), implant, random.Chance(0.45), !implant && random.Chance(0.1));
        }

        var adultImplant = random.Chance(0.02);
        return new HearingFacts(!adultImplant && random.Chance(0.3), adultImplant, random.Chance(0.4), !adultImplant && random.Chance(0.03));
    }

    private LocalDate DiagnosisDate(Random random, LocalDate birth) => random.Day(Draw.Min(asOf, Draw.Max(birth.PlusMonths(6), asOf.PlusYears(-3))), asOf);

    private Dated<SchoolStage>? Enrolment(Random random, int age, bool disabled)
    {
        SchoolStage? stage = age switch
        {
            >= 3 and <= 5 when random.Chance(disabled ? 0.3 : 0.6) => SchoolStage.Preschool,
            >= 6 and <= 11 when random.Chance(disabled ? 0.85 : 0.98) => SchoolStage.Primary,
            >= 12 and <= 14 when random.Chance(disabled ? 0.85 : 0.98) => SchoolStage.JuniorSecondary,
            >= 15 and <= 17 when random.Chance(disabled ? 0.55 : 0.85) => random.Chance(0.6) ? SchoolStage.GeneralSeniorSecondary : SchoolStage.SecondaryVocational,
            >= 18 and <= 21 when random.Chance(disabled ? 0.15 : 0.4) => SchoolStage.FullTimeHigherEducation,
            _ => null,
        };
        return stage is { } s ? new Dated<SchoolStage>(s, SchoolYear.Start(asOf), SchoolYear.End(asOf)) : null;
    }
}

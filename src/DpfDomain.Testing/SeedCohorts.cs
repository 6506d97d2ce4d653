using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// The cohorts of the source document (the county's work summary for the first half of 2019) as
/// households of county 340123, evaluated on 2019-06-30. Through the reference catalog they give
/// the document's golden figures:
/// P1 — 1,882 people × 1,000 yuan = 1,882,000 yuan, 730 over the quota of 1,152 (163.37 %);
/// P4 group a — 339 disabled students from rural registered-poor households, 189,000 yuan
/// (300 in compulsory education × 500 + 39 in high school or secondary vocational school × 1,000);
/// P4 group b — 849 children of rural registered-poor families with a disabled parent, 539,500 yuan
/// (619 × 500 + 230 × 1,000).
/// </summary>
/// <remarks>
/// The cohorts do not overlap: nobody in the P1 cohort is enrolled in school, and nobody in the P4
/// cohorts has a mental disability, so over all cohorts P1 has exactly 1,882 eligible people and P4
/// exactly 339 + 849. Identity numbers are unique across the cohorts. Built once, on first use;
/// immutable and thread-safe.
/// </remarks>
public static class SeedCohorts
{
    /// <summary>People eligible for P1 (the medication subsidy).</summary>
    public const int MedicationSubsidyPeople = 1_882;

    /// <summary>P1's yearly task quota.</summary>
    public const int MedicationSubsidyQuota = 1_152;

    /// <summary>P4 group a: disabled students from poor families.</summary>
    public const int DisabledStudents = 339;

    /// <summary>Of <see cref="DisabledStudents"/>, those in compulsory education (500 yuan each; the others 1,000).</summary>
    public const int DisabledStudentsInCompulsoryEducation = 300;

    /// <summary>P4 group b: children of poor families with a disabled parent.</summary>
    public const int ChildrenOfDisabledParents = 849;

    /// <summary>Of <see cref="ChildrenOfDisabledParents"/>, those in compulsory education (500 yuan each; the others 1,000).</summary>
    public const int ChildrenOfDisabledParentsInCompulsoryEducation = 619;

    private static readonly Lazy<Cohorts> Built = new(Build);

    /// <summary>The county of the source document: 340123.</summary>
    public static DivisionCode County { get; } = DivisionCode.Parse("340123");

    /// <summary>The evaluation date: 2019-06-30.</summary>
    public static LocalDate Date { get; } = new(2019, 6, 30);

    /// <summary>
    /// P1: 1,882 people alone in their household, each with a valid certificate including a mental
    /// disability (some multiple), a psychiatric treatment record in 2019 or 2018, and poor through
    /// 低保, 建档立卡 or 特困 in turn. Household numbers P1-0001 ….
    /// </summary>
    public static IReadOnlyList<GeneratedHousehold> MedicationSubsidy => Built.Value.MedicationSubsidy;

    /// <summary>
    /// P4 group a: 339 students with a valid certificate (physical, visual, hearing, speech or
    /// intellectual) in rural 建档立卡 households, every other one with a parent who holds no
    /// certificate; 300 in 小学 or 初中, 39 in 普通高中 or 中职. Household numbers P4A-0001 ….
    /// </summary>
    public static IReadOnlyList<GeneratedHousehold> DisabledStudentsFromPoorFamilies => Built.Value.DisabledStudents;

    /// <summary>
    /// P4 group b: 849 students without a certificate, each with a parent holding a valid visual or
    /// physical certificate, in rural 建档立卡 households (some with a second parent); 619 in 小学 or
    /// 初中, 230 in 普通高中 or 中职. Household numbers P4B-0001 ….
    /// </summary>
    public static IReadOnlyList<GeneratedHousehold> ChildrenOfPoorDisabledFamilies => Built.Value.ChildrenOfDisabledParents;

    /// <summary>Every cohort, in the order above: 1,882 + 339 + 849 households.</summary>
    public static IReadOnlyList<GeneratedHousehold> All => Built.Value.All;

    private static Cohorts Build()
    {
        var ids = new TestIdentities(County);
        var p1 = Enumerable.Range(0, MedicationSubsidyPeople).Select(i => MentalDisabilityInPoverty(ids, i)).ToList();
        var p4a = Enumerable.Range(0, DisabledStudents).Select(i => DisabledStudent(ids, i)).ToList();
        var p4b = Enumerable.Range(0, ChildrenOfDisabledParents).Select(i => ChildOfDisabledParent(ids, i)).ToList();
        return new Cohorts(p1, p4a, p4b, [.. p1, .. p4a, .. p4b]);
    }

    private static GeneratedHousehold MentalDisabilityInPoverty(TestIdentities ids, int i)
    {
        var random = SeededRandom.For(1882, SeededRandom.Values, i);
        var sex = i % 2 == 0 ? Sex.Male : Sex.Female;
        var id = ids.Next(Birth(random, 25 + (i % 56)), sex);
        var profile = i % 10 == 9
            ? DisabilityProfile.Multiple(new Disability(DisabilityCategory.Mental, new DisabilityGrade(1 + (i % 4))), new Disability(DisabilityCategory.Physical, DisabilityGrade.Four))
            : DisabilityProfile.Of(DisabilityCategory.Mental, 1 + (i % 4));
        var certificate = DisabilityCertificate.FromRegister(CertificateNumber.For(id, profile), profile, new LocalDate(2012, 1, 1).PlusDays(i * 7 % 2700), County);
        int[] treated = (i % 4) switch
        {
            0 => [2019],
            1 => [2018],
            2 => [2018, 2019],
            _ => [2016, 2017, 2018, 2019],
        };
        var extremeHardship = i % 3 == 2;
        var person = new Person(
            id,
            ChineseNames.For(random, sex),
            certificate,
            supports: extremeHardship ? [new Dated<SupportStatus>(SupportStatus.ExtremeHardshipSupport, new LocalDate(2017, 3, 1))] : null,
            psychiatricTreatmentYears: treated);
        Dated<PovertyStatus>[] poverty = (i % 3) switch
        {
            0 => [new(PovertyStatus.MinimumLivingAllowance, new LocalDate(2016, 1, 1))],
            1 => [new(PovertyStatus.RegisteredPoor, new LocalDate(2015, 1, 1))],
            _ => [],
        };
        var registration = new HouseholdRegistration(County, i % 5 < 3 ? HukouType.Rural : HukouType.Urban);
        return new GeneratedHousehold(Number("P1", i), new Household(registration, [person], poverty));
    }

    private static GeneratedHousehold DisabledStudent(TestIdentities ids, int i)
    {
        var random = SeededRandom.For(339, SeededRandom.Values, i);
        var (stage, age) = i < DisabledStudentsInCompulsoryEducation
            ? (i % 2 == 0 ? SchoolStage.Primary : SchoolStage.JuniorSecondary, i % 2 == 0 ? 7 + (i % 5) : 12 + (i % 3))
            : (i % 2 == 0 ? SchoolStage.GeneralSeniorSecondary : SchoolStage.SecondaryVocational, 15 + (i % 3));
        DisabilityCategory[] categories = [DisabilityCategory.Physical, DisabilityCategory.Visual, DisabilityCategory.Hearing, DisabilityCategory.Speech, DisabilityCategory.Intellectual];
        var surname = ChineseNames.Surname(random);
        var members = new List<Person>();
        var links = new List<ParentChildLink>();
        Person? parent = null;
        if (i % 2 == 0)
        {
            parent = new Person(ids.Next(Birth(random, age + 28), Sex.Male), ChineseNames.For(random, Sex.Male, surname));
            members.Add(parent);
        }

        var sex = i % 3 == 0 ? Sex.Female : Sex.Male;
        var id = ids.Next(Birth(random, age), sex);
        var profile = DisabilityProfile.Of(categories[i % categories.Length], 1 + (i % 4));
        var certificate = DisabilityCertificate.FromRegister(CertificateNumber.For(id, profile), profile, new LocalDate(2016, 9, 1).PlusDays(i % 600), County);
        var student = new Person(id, ChineseNames.For(random, sex, surname), certificate, enrolments: [Enrolment(stage)]);
        members.Add(student);
        if (parent is not null)
        {
            links.Add(new ParentChildLink(parent.Id, student.Id));
        }

        return new GeneratedHousehold(Number("P4A", i), PoorRuralHousehold(members, links));
    }

    private static GeneratedHousehold ChildOfDisabledParent(TestIdentities ids, int i)
    {
        var random = SeededRandom.For(849, SeededRandom.Values, i);
        var (stage, age) = i < ChildrenOfDisabledParentsInCompulsoryEducation
            ? (i % 2 == 0 ? SchoolStage.JuniorSecondary : SchoolStage.Primary, i % 2 == 0 ? 12 + (i % 3) : 6 + (i % 6))
            : (i % 2 == 0 ? SchoolStage.SecondaryVocational : SchoolStage.GeneralSeniorSecondary, 15 + (i % 3));
        var surname = ChineseNames.Surname(random);
        var parentSex = i % 2 == 0 ? Sex.Female : Sex.Male;
        var parentId = ids.Next(Birth(random, age + 24 + (i % 12)), parentSex);
        var parentProfile = i % 3 == 0 ? DisabilityProfile.Of(DisabilityCategory.Physical, 3) : DisabilityProfile.Of(DisabilityCategory.Visual, 2);
        var parent = new Person(
            parentId,
            ChineseNames.For(random, parentSex, parentSex == Sex.Male ? surname : null),
            DisabilityCertificate.FromRegister(CertificateNumber.For(parentId, parentProfile), parentProfile, new LocalDate(2014, 5, 1).PlusDays(i % 900), County));
        var members = new List<Person> { parent };
        var parents = new List<Person> { parent };
        if (i % 4 == 0)
        {
            var otherSex = parentSex == Sex.Male ? Sex.Female : Sex.Male;
            var other = new Person(ids.Next(Birth(random, age + 26), otherSex), ChineseNames.For(random, otherSex, otherSex == Sex.Male ? surname : null));
            members.Add(other);
            parents.Add(other);
        }

        var childSex = i % 3 == 1 ? Sex.Female : Sex.Male;
        var child = new Person(ids.Next(Birth(random, age), childSex), ChineseNames.For(random, childSex, surname), enrolments: [Enrolment(stage)]);
        members.Add(child);
        return new GeneratedHousehold(Number("P4B", i), PoorRuralHousehold(members, parents.Select(p => new ParentChildLink(p.Id, child.Id))));
    }

    private static Household PoorRuralHousehold(IEnumerable<Person> members, IEnumerable<ParentChildLink> links) =>
        new(new HouseholdRegistration(County, HukouType.Rural), members, [new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, new LocalDate(2015, 1, 1))], links);

    private static Dated<SchoolStage> Enrolment(SchoolStage stage) => new(stage, SchoolYear.Start(Date), SchoolYear.End(Date));

    private static LocalDate Birth(Random random, int age) => Date.PlusYears(-age).PlusDays(-random.Next(0, 365));

    private static string Number(string cohort, int i) => string.Create(CultureInfo.InvariantCulture, $"{cohort}-{i + 1:D4}");

    private sealed record Cohorts(
        IReadOnlyList<GeneratedHousehold> MedicationSubsidy,
        IReadOnlyList<GeneratedHousehold> DisabledStudents,
        IReadOnlyList<GeneratedHousehold> ChildrenOfDisabledParents,
        IReadOnlyList<GeneratedHousehold> All);
}

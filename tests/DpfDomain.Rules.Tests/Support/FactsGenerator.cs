using DpfDomain.Rules.Facts;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>Random but coherent person facts and evaluation dates; every fact is varied (see <c>FactsGeneratorTests</c>).</summary>
internal static class FactsGenerator
{
    private static readonly string[] Stages = ["None", "Preschool", "Primary", "JuniorSecondary", "GeneralSeniorSecondary", "SecondaryVocational", "FullTimeHigherEducation"];

    public static Gen<LocalDate> Dates =>
        Gen.Choose(0, (365 * 7) + 1).Select(d => new LocalDate(2019, 1, 1).PlusDays(d));

    public static Gen<PersonFacts> Facts =>
        from bits in Gen.Choose(0, int.MaxValue).Two()
        from age in Gen.Choose(0, 99)
        from grade in Gen.Choose(0, 4)
        from category in Gen.Choose(1, 7)
        from components in Gen.SubListOf(new[] { 1, 2, 3, 4, 5, 6 })
        from diagnosed in Gen.SubListOf(new[] { 1, 2, 3, 4, 5, 6 })
        from stage in Gen.Elements(Stages)
        from care in Gen.Choose(0, 24)
        from size in Gen.Choose(1, 8)
        from parents in Gen.Choose(0, 2)
        from date in Dates
        select Build(bits.Item1, bits.Item2, age, grade, category, [.. components], [.. diagnosed], stage, care, size, parents, date);

    private static PersonFacts Build(int a, int b, int age, int grade, int category, int[] components, int[] diagnosed, string stage, int care, int size, int parents, LocalDate date)
    {
        bool Bit(int value, int n) => ((value >> n) & 1) == 1;
        var hasCertificate = grade > 0;
        var categories = !hasCertificate ? [] : category == 7 ? (components.Length >= 2 ? components : [1, 6]) : new[] { category };
        return new PersonFacts
        {
            Year = date.Year,
            Month = date.Month,
            Day = date.Day,
            DateNumber = (date.Year * 10000) + (date.Month * 100) + date.Day,
            Age = age,
            IsMale = Bit(a, 0),
            IsFemale = !Bit(a, 0),
            HasCertificate = hasCertificate,
            CertificateValid = hasCertificate && Bit(a, 1),
            CertificateExpired = hasCertificate && !Bit(a, 1) && Bit(a, 2),
            CertificateRevoked = hasCertificate && !Bit(a, 1) && !Bit(a, 2) && Bit(a, 3),
            Category = hasCertificate ? category : 0,
            Grade = grade,
            IsSevere = grade is 1 or 2,
            IsMultiple = hasCertificate && category == 7,
            Categories = categories,
            HasVisual = categories.Contains(1),
            HasHearing = categories.Contains(2),
            HasSpeech = categories.Contains(3),
            HasPhysical = categories.Contains(4),
            HasIntellectual = categories.Contains(5),
            HasMental = categories.Contains(6),
            DiagnosedCategories = diagnosed,
            AutismDiagnosed = Bit(a, 4),
            AutismDiagnosedByDesignatedHospital = Bit(a, 4) && Bit(b, 6),
            DesignatedHospitalDiagnosis = diagnosed.Length > 0 || Bit(a, 4),
            RegisteredInCounty = Bit(a, 5),
            IsRural = Bit(a, 6),
            HouseholdSize = size,
            Dibao = Bit(a, 7),
            DibaoMarginal = !Bit(a, 7) && Bit(a, 8),
            ExtremeHardship = Bit(a, 9),
            RegisteredPoor = Bit(a, 10),
            LiftedOutOfPoverty = Bit(a, 11),
            MonitoredForRelapse = Bit(a, 12),
            AnyRegisteredPoverty = Bit(a, 10) || Bit(a, 11) || Bit(a, 12),
            OrphanSupport = Bit(a, 13),
            WorkInjuryNursingAllowance = Bit(a, 14),
            WelfareInstitution = Bit(a, 15),
            CareNeedMonths = care,
            TreatedThisYear = Bit(b, 0),
            TreatedLastYear = Bit(b, 1),
            WearsHearingAid = Bit(b, 2),
            HasCochlearImplant = Bit(b, 3),
            HearingAidFittingIndicated = Bit(b, 4),
            CochlearImplantIndicated = Bit(b, 7),
            Enrolled = stage != "None",
            SchoolStage = stage,
            InCompulsoryEducation = stage is "Primary" or "JuniorSecondary",
            InSeniorSecondary = stage is "GeneralSeniorSecondary" or "SecondaryVocational",
            InHigherEducation = stage == "FullTimeHigherEducation",
            ParentsInHousehold = parents,
            ParentHasValidCertificate = parents > 0 && Bit(b, 5),
        };
    }
}

using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Benchmarks.Baseline;

/// <summary>
/// The reference catalog P1–P9 written by hand in plain C#, as a fair baseline for the compiled
/// catalog: the same facts in, the same decision data out (outcome, totals per period, failed
/// top-level rule names, outputs), the version in force and every parameter's value looked up on
/// the evaluation date (the dated timelines hard-coded from the rule-set files).
/// </summary>
internal static class HandWrittenCatalog
{
    /// <summary>The person programs, in the catalog's order.</summary>
    public static readonly string[] PersonProgramIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"];

    private static readonly LocalDate From2015Oct = new(2015, 10, 1);
    private static readonly LocalDate From2016 = new(2016, 1, 1);
    private static readonly LocalDate From2018Apr = new(2018, 4, 1);
    private static readonly LocalDate From2019 = new(2019, 1, 1);
    private static readonly LocalDate From2020 = new(2020, 1, 1);
    private static readonly LocalDate From2028 = new(2028, 1, 1);

    private static readonly string[] P1Rules = ["CertificateValid", "CertificateIncludesMental", "HouseholdIsPoor", "TreatedThisYearOrLastYear", "RegisteredInCounty"];
    private static readonly string[] P2Rules = ["AgeInRange", "CoveredDisabilityConfirmed", "IncomeTestWhenSwitchedOn"];
    private static readonly string[] P3Rules = ["CertificateValid", "HouseholdInHardship"];
    private static readonly string[] P4Rules = ["EnrolledInCoveredStage", "RuralHousehold", "RegisteredPoorHousehold", "StudentOrParentHoldsValidCertificate"];
    private static readonly string[] P5Rules = ["CertificateValid", "HearingDisability", "HouseholdIsPoor", "HearingAidFittingIndicated"];
    private static readonly string[] P6Rules = ["ChildAgeInRange", "UsesHearingAidOrImplant"];
    private static readonly string[] P7Rules = ["CertificateValid", "HouseholdReceivesDibao", "NotInExtremeHardshipSupport", "NoWorkInjuryNursingAllowance", "NotOnOrphanSupport"];
    private static readonly string[] P8Rules = ["CertificateValid", "SevereOrExtendedGrade", "NeedsLongTermCare", "NotInExtremeHardshipSupport", "NoWorkInjuryNursingAllowance"];
    private static readonly string[] P9Rules = ["NotExemptSmallEnterprise", "BelowTheQuota"];

    /// <summary>Every person program for one person, in <see cref="PersonProgramIds"/> order.</summary>
    public static HandWrittenDecision[] EvaluateAll(PersonFacts p, LocalDate date)
    {
        var decisions = new HandWrittenDecision[PersonProgramIds.Length];
        EvaluateAll(p, date, decisions);
        return decisions;
    }

    /// <summary>Every person program for one person, written into <paramref name="into"/> in <see cref="PersonProgramIds"/> order; allocates nothing.</summary>
    public static void EvaluateAll(PersonFacts p, LocalDate date, Span<HandWrittenDecision> into)
    {
        into[0] = P1(p, date);
        into[1] = P2(p, date);
        into[2] = P3(p, date);
        into[3] = P4(p, date);
        into[4] = P5(p, date);
        into[5] = P6(p, date);
        into[6] = P7(p, date);
        into[7] = P8(p, date);
    }

    /// <summary>The outputs of an eligible person program's decision (P2's priority group, P4's group), in the rule set's order.</summary>
    public static KeyValuePair<string, object?>[] Outputs(PersonFacts p, string programId) => programId switch
    {
        "P2" => [new("PriorityGroup", p.Dibao || p.AnyRegisteredPoverty || p.WelfareInstitution ? 1 : p.OrphanSupport || p.ExtremeHardship ? 2 : p.DibaoMarginal ? 3 : 4)],
        "P4" => [new("Group", p.CertificateValid ? "a" : "b")],
        _ => [],
    };

    /// <summary>One person program.</summary>
    public static HandWrittenDecision Evaluate(PersonFacts p, LocalDate date, string programId) => programId switch
    {
        "P1" => P1(p, date),
        "P2" => P2(p, date),
        "P3" => P3(p, date),
        "P4" => P4(p, date),
        "P5" => P5(p, date),
        "P6" => P6(p, date),
        "P7" => P7(p, date),
        "P8" => P8(p, date),
        _ => throw new ArgumentOutOfRangeException(nameof(programId), programId, "Not a person program of the reference catalog."),
    };

    /// <summary>P1, medication subsidy for people with mental disabilities in poverty.</summary>
    public static HandWrittenDecision P1(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P1");
        }

        const decimal amountPerYear = 1000m;
        const bool includeDibaoMarginal = false;
        var failed = 0u;
        failed |= p.CertificateValid ? 0u : 1u;
        failed |= p.HasMental ? 0u : 2u;
        failed |= p.Dibao || p.ExtremeHardship || p.AnyRegisteredPoverty || (includeDibaoMarginal && p.DibaoMarginal) ? 0u : 4u;
        failed |= p.TreatedThisYear || p.TreatedLastYear ? 0u : 8u;
        failed |= p.RegisteredInCounty ? 0u : 16u;
        return failed != 0
            ? HandWrittenDecision.NotEligible("P1", P1Rules, failed)
            : HandWrittenDecision.Eligible("P1", Totals(amountPerYear, BenefitPeriod.PerYear));
    }

    /// <summary>P2, rehabilitation assistance for disabled children.</summary>
    public static HandWrittenDecision P2(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P2");
        }

        const int minAge = 0;
        const int maxAge = 10;
        const bool incomeTest = false;
        const decimal rehabilitationCapPerYear = 15000m;
        const decimal hearingAidValue = 6000m;
        const decimal cochlearImplantValue = 60000m;
        var failed = 0u;
        failed |= p.Age >= minAge && p.Age <= maxAge ? 0u : 1u;
        failed |= (p.CertificateValid && (p.HasVisual || p.HasHearing || p.HasSpeech || p.HasPhysical || p.HasIntellectual))
            || AnyDiagnosedCovered(p.DiagnosedCategories)
            || p.AutismDiagnosedByDesignatedHospital ? 0u : 2u;
        failed |= !incomeTest || p.Dibao || p.AnyRegisteredPoverty || p.ExtremeHardship || p.OrphanSupport || p.WelfareInstitution ? 0u : 4u;
        if (failed != 0)
        {
            return HandWrittenDecision.NotEligible("P2", P2Rules, failed);
        }

        var hearingConfirmed = (p.CertificateValid && p.HasHearing) || Contains(p.DiagnosedCategories, 2);
        var totals = Totals(rehabilitationCapPerYear, BenefitPeriod.PerYear);
        var inKind = 0;
        if (hearingConfirmed && p.HearingAidFittingIndicated)
        {
            totals = totals.Add(new PeriodAmount(Money.FromYuan(hearingAidValue), BenefitPeriod.InKind));
            inKind++;
        }

        if (hearingConfirmed && p.CochlearImplantIndicated)
        {
            totals = totals.Add(new PeriodAmount(Money.FromYuan(cochlearImplantValue), BenefitPeriod.InKind));
            inKind++;
        }

        return HandWrittenDecision.Eligible("P2", totals, inKind);
    }

    /// <summary>P3, Spring Festival relief.</summary>
    public static HandWrittenDecision P3(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P3");
        }

        const decimal amountPerPerson = 300m;
        const bool includeDibaoMarginal = false;
        var failed = 0u;
        failed |= p.CertificateValid ? 0u : 1u;
        failed |= p.Dibao || p.ExtremeHardship || p.AnyRegisteredPoverty || (includeDibaoMarginal && p.DibaoMarginal) ? 0u : 2u;
        return failed != 0
            ? HandWrittenDecision.NotEligible("P3", P3Rules, failed)
            : HandWrittenDecision.Eligible("P3", Totals(amountPerPerson, BenefitPeriod.OneOff));
    }

    /// <summary>P4, education assistance.</summary>
    public static HandWrittenDecision P4(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P4");
        }

        const decimal compulsory = 500m;
        const decimal seniorSecondary = 1000m;
        const decimal higherEducation = 2000m;
        var failed = 0u;
        failed |= p.InCompulsoryEducation || p.InSeniorSecondary || p.InHigherEducation ? 0u : 1u;
        failed |= p.IsRural ? 0u : 2u;
        failed |= p.AnyRegisteredPoverty ? 0u : 4u;
        failed |= p.CertificateValid || p.ParentHasValidCertificate ? 0u : 8u;
        if (failed != 0)
        {
            return HandWrittenDecision.NotEligible("P4", P4Rules, failed);
        }

        var amount = p.InCompulsoryEducation ? compulsory : p.InSeniorSecondary ? seniorSecondary : p.InHigherEducation ? higherEducation : 0m;
        return HandWrittenDecision.Eligible("P4", Totals(amount, BenefitPeriod.PerYear));
    }

    /// <summary>P5, hearing aid donation.</summary>
    public static HandWrittenDecision P5(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P5");
        }

        const decimal hearingAidValue = 300m;
        var failed = 0u;
        failed |= p.CertificateValid ? 0u : 1u;
        failed |= p.HasHearing ? 0u : 2u;
        failed |= p.Dibao || p.ExtremeHardship || p.AnyRegisteredPoverty ? 0u : 4u;
        failed |= p.HearingAidFittingIndicated ? 0u : 8u;
        return failed != 0
            ? HandWrittenDecision.NotEligible("P5", P5Rules, failed)
            : HandWrittenDecision.Eligible("P5", Totals(hearingAidValue, BenefitPeriod.InKind), 1);
    }

    /// <summary>P6, hearing-aid batteries for children.</summary>
    public static HandWrittenDecision P6(PersonFacts p, LocalDate date)
    {
        if (date < From2019)
        {
            return HandWrittenDecision.NotInForce("P6");
        }

        const int minAge = 0;
        const int maxAge = 14;
        const decimal batteriesValuePerYear = 240m;
        var failed = 0u;
        failed |= p.Age >= minAge && p.Age <= maxAge ? 0u : 1u;
        failed |= p.WearsHearingAid || p.HasCochlearImplant ? 0u : 2u;
        return failed != 0
            ? HandWrittenDecision.NotEligible("P6", P6Rules, failed)
            : HandWrittenDecision.Eligible("P6", Totals(batteriesValuePerYear, BenefitPeriod.InKind), 1);
    }

    /// <summary>P7, living subsidy for disabled people in hardship.</summary>
    public static HandWrittenDecision P7(PersonFacts p, LocalDate date)
    {
        if (date < From2016)
        {
            return HandWrittenDecision.NotInForce("P7");
        }

        const decimal amountPerMonth = 80m;
        const bool includeDibaoMarginal = false;
        var failed = 0u;
        failed |= p.CertificateValid ? 0u : 1u;
        failed |= p.Dibao || (includeDibaoMarginal && p.DibaoMarginal) ? 0u : 2u;
        failed |= !p.ExtremeHardship ? 0u : 4u;
        failed |= !p.WorkInjuryNursingAllowance ? 0u : 8u;
        failed |= !p.OrphanSupport ? 0u : 16u;
        return failed != 0
            ? HandWrittenDecision.NotEligible("P7", P7Rules, failed)
            : HandWrittenDecision.Eligible("P7", Totals(amountPerMonth, BenefitPeriod.PerMonth));
    }

    /// <summary>P8, nursing subsidy for severe disabilities.</summary>
    public static HandWrittenDecision P8(PersonFacts p, LocalDate date)
    {
        if (date < From2016)
        {
            return HandWrittenDecision.NotInForce("P8");
        }

        const int longTermCareMinMonths = 6;
        const decimal grade1 = 100m;
        const decimal grade2 = 80m;
        const decimal grade3 = 50m;
        const decimal grade4 = 50m;
        const bool includeGrade3And4 = false;
        var failed = 0u;
        failed |= p.CertificateValid ? 0u : 1u;
        failed |= p.IsSevere || (includeGrade3And4 && (p.Grade == 3 || p.Grade == 4) && (p.HasIntellectual || p.HasMental)) ? 0u : 2u;
        failed |= p.CareNeedMonths >= longTermCareMinMonths ? 0u : 4u;
        failed |= !p.ExtremeHardship ? 0u : 8u;
        failed |= !p.WorkInjuryNursingAllowance ? 0u : 16u;
        if (failed != 0)
        {
            return HandWrittenDecision.NotEligible("P8", P8Rules, failed);
        }

        var amount = p.Grade == 1 ? grade1 : p.Grade == 2 ? grade2 : p.Grade == 3 ? grade3 : grade4;
        return HandWrittenDecision.Eligible("P8", Totals(amount, BenefitPeriod.PerMonth));
    }

    /// <summary>P9, the employment security fund levy, for one employer.</summary>
    public static HandWrittenDecision P9(EmployerFacts e, LocalDate date)
    {
        if (date < From2015Oct)
        {
            return HandWrittenDecision.NotInForce("P9");
        }

        var (counted, shortfall) = Shortfall(e);
        var failed = 0u;
        failed |= !(date >= From2020 && date < From2028 && e.IsEnterprise && e.Headcount <= SmallEnterpriseMaxHeadcount) ? 0u : 1u;
        failed |= shortfall > 0 ? 0u : 2u;
        if (failed != 0)
        {
            return HandWrittenDecision.NotEligible("P9", P9Rules, failed);
        }

        var levy = Levy(e, date, counted, shortfall, out _, out _);
        return levy < Money.Zero
            ? new HandWrittenDecision("P9", DecisionOutcome.Error, PeriodTotals.Empty)
            : HandWrittenDecision.Eligible("P9", PeriodTotals.Empty.Add(new PeriodAmount(levy, BenefitPeriod.PerYear)));
    }

    /// <summary>The outputs of an eligible P9 decision, in the rule set's order.</summary>
    public static KeyValuePair<string, object?>[] P9Outputs(EmployerFacts e, LocalDate date)
    {
        var (counted, shortfall) = Shortfall(e);
        Levy(e, date, counted, shortfall, out var wage, out var payablePercent);
        return [new("CountedStaff", counted), new("Shortfall", shortfall), new("WageUsed", wage), new("PayablePercent", payablePercent)];
    }

    private const decimal SmallEnterpriseMaxHeadcount = 30m;

    private static (decimal Counted, decimal Shortfall) Shortfall(EmployerFacts e)
    {
        const decimal provincialRatioPercent = 1.5m;
        const decimal severeCountsAs = 2m;
        var counted = (e.SevereQualifyingStaff * severeCountsAs) + e.OtherQualifyingStaff;
        return (counted, (e.Headcount * provincialRatioPercent / 100m) - counted);
    }

    private static Money Levy(EmployerFacts e, LocalDate date, decimal counted, decimal shortfall, out decimal wage, out decimal payablePercent)
    {
        const decimal halfRateFromPercent = 1m;
        var wageCapMultiple = date < From2018Apr ? 3m : 2m;
        var reducedRates = date >= From2020 && date < From2028;
        var halfRatePercent = reducedRates ? 50m : 100m;
        var ninetyRatePercent = reducedRates ? 90m : 100m;
        var actualPercent = e.Headcount > 0 ? counted * 100m / e.Headcount : 0m;
        wage = Math.Min(e.AverageWage, wageCapMultiple * e.LocalAverageWage);
        payablePercent = actualPercent >= halfRateFromPercent ? halfRatePercent : ninetyRatePercent;
        return Money.FromYuan(shortfall * wage * payablePercent / 100m);
    }

    private static PeriodTotals Totals(decimal yuan, BenefitPeriod period) => PeriodTotals.Empty.Add(new PeriodAmount(Money.FromYuan(yuan), period));

    private static bool AnyDiagnosedCovered(IReadOnlyList<int> codes)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is >= 1 and <= 5)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<int> codes, int code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return true;
            }
        }

        return false;
    }
}

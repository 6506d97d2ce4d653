using BenchmarkDotNet.Attributes;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Benchmarks;

/// <summary>
/// One person against the whole reference catalog (P1–P8): deriving the facts from the domain
/// model, and evaluating every program, with deriving the facts alone as the baseline.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private static readonly LocalDate Date = new(2019, 6, 30);
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private RuleCatalog _catalog = null!;
    private EligibilityEvaluator _evaluator = null!;
    private Person _person = null!;
    private Household _household = null!;
    private PersonFacts _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ReferenceCatalog.Load();
        _evaluator = new EligibilityEvaluator(_catalog, County);
        var id = ResidentIdNumber.Create(County, new LocalDate(1980, 5, 1), 123);
        var certificate = DisabilityCertificate.Issue(id, DisabilityProfile.Of(DisabilityCategory.Mental, 2), new LocalDate(2015, 3, 15), County);
        _person = new Person(id, new PersonName("王大明"), certificate, careNeed: new CareNeed(new LocalDate(2019, 1, 1), 12), psychiatricTreatmentYears: [2019]);
        _household = new Household(new HouseholdRegistration(County, HukouType.Rural), [_person], [new Dated<PovertyStatus>(PovertyStatus.MinimumLivingAllowance, new LocalDate(2018, 1, 1))]);
        _facts = PersonFacts.From(_person, _household, Date, County);
    }

    [Benchmark(Baseline = true)]
    public PersonFacts DeriveFacts() => PersonFacts.From(_person, _household, Date, County);

    [Benchmark]
    public IReadOnlyList<ProgramDecision> EvaluateAllProgramsFromFacts() => _catalog.EvaluateAll(_facts, Date);

    [Benchmark]
    public IReadOnlyList<ProgramDecision> DeriveFactsAndEvaluateAllPrograms() => _evaluator.EvaluateAll(_person, _household, Date);
}

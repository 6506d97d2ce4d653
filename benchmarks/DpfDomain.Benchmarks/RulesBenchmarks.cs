using BenchmarkDotNet.Attributes;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using NodaTime;
using RulesEngine.Models;

namespace DpfDomain.Benchmarks;

/// <summary>
/// One person against the P1 rule set (four top-level rules, one of them an Or over three
/// nested rules, one LocalParam): hand-written C# as the baseline, the compiled catalog, and
/// RulesEngine's own ExecuteAllRulesAsync on the same workflow.
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private static readonly LocalDate Date = new(2019, 6, 30);
    private RuleCatalog _catalog = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private RuleParameter[] _inputs = null!;
    private PersonFacts _eligible = null!;
    private PersonFacts _notEligible = null!;
    private string _workflow = null!;
    private CompiledProgram<PersonFacts> _compiled = null!;
    private object _parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = RuleCatalog.Load(RuleSetSource.FromEmbeddedResources(typeof(RulesBenchmarks).Assembly));
        var version = _catalog.VersionInForce("P1", Date)!;
        _workflow = version.Document.Eligibility.WorkflowName;
        _engine = new RulesEngine.RulesEngine([RulesEngineWorkflows.ToWorkflow(version.Document)], new ReSettings());
        _eligible = new PersonFacts { CertificateValid = true, HasMental = true, Dibao = true, TreatedLastYear = true, RegisteredInCounty = true, Year = 2019, Month = 6 };
        _notEligible = new PersonFacts { CertificateValid = true, HasMental = true, TreatedThisYear = true, RegisteredInCounty = true, Year = 2019, Month = 6 };
        _parameters = version.Compiled.Parameters.ValuesOn(Date);
        _compiled = (CompiledProgram<PersonFacts>)version.Compiled;
        _inputs = [new RuleParameter("Person", _eligible), new RuleParameter("Parameters", _parameters)];
    }

    [Benchmark(Baseline = true)]
    public decimal HandWritten() => HandWrittenP1(_eligible);

    /// <summary>The compiled conditions alone (the fused delegate), without building a decision: the like-for-like comparison with the hand-written conditions.</summary>
    [Benchmark]
    public ulong CompiledConditionsOnly() => _compiled.FailedRuleMask(_eligible, _parameters);

    [Benchmark]
    public ProgramDecision CompiledCatalogEligible() => _catalog.Evaluate(_eligible, Date, "P1");

    [Benchmark]
    public ProgramDecision CompiledCatalogNotEligible() => _catalog.Evaluate(_notEligible, Date, "P1");

    [Benchmark]
    public async Task<int> RulesEngineExecuteAllRules()
    {
        var results = await _engine.ExecuteAllRulesAsync(_workflow, _inputs);
        return results.Count;
    }

    private static decimal HandWrittenP1(PersonFacts p)
    {
        var eligible = p.CertificateValid && p.HasMental
            && (p.Dibao || p.ExtremeHardship || p.AnyRegisteredPoverty)
            && (p.TreatedThisYear || p.TreatedLastYear)
            && p.RegisteredInCounty;
        return eligible ? 1000m : 0m;
    }
}

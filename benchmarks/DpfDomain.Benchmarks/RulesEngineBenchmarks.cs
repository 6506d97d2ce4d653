using BenchmarkDotNet.Attributes;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using RulesEngine.Models;

namespace DpfDomain.Benchmarks;

/// <summary>
/// How much faster than RulesEngine's own executor? The eligibility rules of P1–P8 for each
/// person of a generated batch, by RulesEngine's <c>ExecuteAllRulesAsync</c> on the same workflows
/// with the same facts and parameter values (baseline; it decides eligibility only, no amounts),
/// against the batch path deciding everything. The setup checks that they agree on every
/// person's eligibility.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    private const int People = 256;
    private RuleCatalog _catalog = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private (string Workflow, object Parameters)[] _workflows = null!;
    private PersonFacts[] _people = null!;
    private ProgramResult[] _results = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _catalog = ReferenceCatalog.Load();
        var versions = _catalog.PersonProgramIds.Select(id => _catalog.VersionInForce(id, GeneratedBatch.Date)!).ToArray();
        _engine = new RulesEngine.RulesEngine([.. versions.Select(v => RulesEngineWorkflows.ToWorkflow(v.Document))], new ReSettings());
        _workflows = [.. versions.Select(v => (v.Document.Eligibility.WorkflowName, v.Compiled.Parameters.ValuesOn(GeneratedBatch.Date)))];
        _people = [.. GeneratedBatch.People().Take(People)];
        _results = new ProgramResult[_catalog.PersonProgramIds.Count];
        var agreed = 0;
        foreach (var facts in _people)
        {
            _catalog.DecideAll(facts, GeneratedBatch.Date, _results);
            for (var i = 0; i < _workflows.Length; i++)
            {
                var rules = await _engine.ExecuteAllRulesAsync(_workflows[i].Workflow, [new RuleParameter("Person", facts), new RuleParameter("Parameters", _workflows[i].Parameters)]);
                if (rules.All(r => r.IsSuccess) != _results[i].IsEligible)
                {
                    throw new InvalidOperationException($"RulesEngine and the batch path disagree on {_results[i].ProgramId} for person {agreed / _workflows.Length}.");
                }

                agreed++;
            }
        }

        Console.WriteLine($"// RulesEngine and the batch path agree on {agreed} eligibility decisions.");
    }

    /// <summary>RulesEngine's own executor, every person program's workflow for each person.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = People)]
    public async Task<int> RulesEngineExecuteAllRules()
    {
        var eligible = 0;
        foreach (var facts in _people)
        {
            foreach (var (workflow, parameters) in _workflows)
            {
                var rules = await _engine.ExecuteAllRulesAsync(workflow, [new RuleParameter("Person", facts), new RuleParameter("Parameters", parameters)]);
                eligible += rules.All(r => r.IsSuccess) ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>The batch path, every person program (amounts included) for each person.</summary>
    [Benchmark(OperationsPerInvoke = People)]
    public int BatchPath() => GeneratedBatch.DecideAll(_catalog, _people, _results);
}

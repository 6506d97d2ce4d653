using DpfDomain.People;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Population.Tests.Support;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using NodaTime;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Runs;

/// <summary>A run evaluates everyone with the catalog in service when it starts, even if the rules are reloaded meanwhile.</summary>
public sealed class PopulationRunSnapshotTests
{
    [Fact]
    public async Task RunAsync_EvaluatesEveryoneThroughTheSnapshotTakenAtTheStart()
    {
        var roll = Csv("roll.csv", string.Join("\r\n", Enumerable.Range(0, 40).Select(h => $"H{h},甲{h},{UniqueId(h, 1950)},农业").Prepend("户号,姓名,公民身份号码,户口性质")) + "\r\n");
        var reader = new RollReader(roll, [], new RollReadOptions(County, Date));
        var following = new FollowingEvaluator(RunHarness.Evaluator.Value);

        var result = await new PopulationRun(following, new PopulationRunOptions { BatchSize = 4 }).RunAsync(reader.ReadAsync(), Date, []);

        Assert.Equal(40, result.People);
        Assert.Equal(1, following.Snapshots);
        Assert.Equal(40, following.Pinned!.Calls);
    }

    /// <summary>Stands for an evaluator over a reloading provider: evaluating through it directly is a failure of the test.</summary>
    private sealed class FollowingEvaluator(EligibilityEvaluator inner) : IEligibilityEvaluator
    {
        public int Snapshots { get; private set; }

        public CountingEvaluator? Pinned { get; private set; }

        public RuleCatalog Catalog => inner.Catalog;

        public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false) =>
            throw new InvalidOperationException("The run evaluated without its snapshot.");

        public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false) =>
            throw new InvalidOperationException("The run evaluated without its snapshot.");

        public IEligibilityEvaluator Snapshot()
        {
            Snapshots++;
            return Pinned = new CountingEvaluator(inner);
        }
    }

    private sealed class CountingEvaluator(EligibilityEvaluator inner) : IEligibilityEvaluator
    {
        private int _calls;

        public int Calls => _calls;

        public RuleCatalog Catalog => inner.Catalog;

        public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false) =>
            inner.Evaluate(person, household, evaluationDate, programId, trace);

        public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false)
        {
            Interlocked.Increment(ref _calls);
            return inner.EvaluateAll(person, household, evaluationDate, trace);
        }
    }
}

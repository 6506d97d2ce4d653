using DpfDomain.Disabilities;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Population.Tests.Support;
using DpfDomain.Rules.Decisions;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Runs;

/// <summary>A run hands each person's batch results to the sinks, and the full decisions on demand; the two agree.</summary>
public sealed class PersonResultTests
{
    private static RollSource Roll(int households) => Csv("roll.csv", string.Join("\r\n",
        Enumerable.Range(0, households).SelectMany(h => new[]
        {
            $"H{h},甲{h},{UniqueId(h, 1950)},{Certificate(UniqueId(h, 1950), (DisabilityCategory)(1 + (h % 6)), 1 + (h % 4))},2012-01-01,农业,",
            $"H{h},乙{h},{UniqueId(h, 2010)},{Certificate(UniqueId(h, 2010), DisabilityCategory.Hearing, 1 + (h % 4))},2015-01-01,农业,{UniqueId(h, 1950)}",
        }).Prepend("户号,姓名,公民身份号码,残疾人证号,发证日期,户口性质,父母身份证号")) + "\r\n");

    private static RollSource Lists(int households) => Csv("civil-affairs.csv", string.Join("\r\n",
        Enumerable.Range(0, households).Where(h => h % 2 == 0).Select(h => $"{UniqueId(h, 1950)},低保,2018-01-01")
            .Prepend("公民身份号码,类型,开始日期")) + "\r\n");

    [Fact]
    public async Task Every_persons_results_match_the_full_decisions_of_the_same_person_in_program_order()
    {
        var sink = new ComparingSink();
        var reader = new RollReader(Roll(200), [Lists(200)], new RollReadOptions(County, Date));

        var run = await new PopulationRun(RunHarness.Evaluator.Value, new PopulationRunOptions { BatchSize = 7 }).RunAsync(reader.ReadAsync(), Date, [sink]);

        Assert.Equal(400, run.People);
        Assert.Equal(400 * 8, run.Decisions);
        Assert.Equal(400, sink.People);
        Assert.Empty(sink.Mismatches);
        Assert.True(sink.Eligible > 100, $"{sink.Eligible} eligible results: the amounts must be compared too.");
        Assert.True(sink.NotEligible > 100, $"{sink.NotEligible} not-eligible results: the failed rules must be compared too.");
    }

    [Fact]
    public async Task With_decisions_explained_in_the_run_every_result_still_matches_its_decision()
    {
        var sink = new ComparingSink();
        var reader = new RollReader(Roll(60), [Lists(60)], new RollReadOptions(County, Date));

        await new PopulationRun(RunHarness.Evaluator.Value, new PopulationRunOptions { BatchSize = 5, ExplainDecisions = true }).RunAsync(reader.ReadAsync(), Date, [sink]);

        Assert.Equal(120, sink.People);
        Assert.Empty(sink.Mismatches);
    }

    [Fact]
    public async Task Results_kept_past_the_sinks_turn_are_refused_with_a_plain_message_while_decisions_stay_readable()
    {
        var keeper = new KeepingSink();
        var reader = new RollReader(Roll(20), [], new RollReadOptions(County, Date));

        await new PopulationRun(RunHarness.Evaluator.Value, new PopulationRunOptions { BatchSize = 4 }).RunAsync(reader.ReadAsync(), Date, [keeper]);

        var kept = keeper.Kept[0];
        var refused = Assert.Throws<InvalidOperationException>(() => kept.Results.Length);
        Assert.Contains("copy them to keep them", refused.Message, StringComparison.Ordinal);
        Assert.Equal(8, kept.Decisions.Count);
        Assert.Equal(keeper.Copies[0], kept.Decisions.Select(ProgramResult.Of));
    }

    private sealed class ComparingSink : IPopulationSink
    {
        public int People { get; private set; }

        public int Eligible { get; private set; }

        public int NotEligible { get; private set; }

        public List<string> Mismatches { get; } = [];

        public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
        {
            People++;
            var explainedFirst = People % 2 == 0 ? result.Explain(0) : null;
            var results = result.Results;
            var decisions = result.Decisions;
            if (explainedFirst is not null && !results[0].Matches(explainedFirst))
            {
                Mismatches.Add($"{result}: {results[0]} vs explained before the decisions {explainedFirst}");
            }

            if (results.Length != decisions.Count)
            {
                Mismatches.Add($"{result}: {results.Length} results, {decisions.Count} decisions");
            }

            for (var i = 0; i < Math.Min(results.Length, decisions.Count); i++)
            {
                Eligible += results[i].IsEligible ? 1 : 0;
                NotEligible += results[i].Outcome == DecisionOutcome.NotEligible ? 1 : 0;
                if (!results[i].Matches(decisions[i]))
                {
                    Mismatches.Add($"{result}: {results[i]} vs {decisions[i]}");
                }

                if (!results[i].Matches(result.Explain(i)))
                {
                    Mismatches.Add($"{result}: {results[i]} vs explained {result.Explain(i)}");
                }
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class KeepingSink : IPopulationSink
    {
        public List<PersonResult> Kept { get; } = [];

        public List<ProgramResult[]> Copies { get; } = [];

        public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
        {
            Kept.Add(result);
            Copies.Add(result.Results.ToArray());
            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

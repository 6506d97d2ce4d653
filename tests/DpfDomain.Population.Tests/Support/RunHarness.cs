using DpfDomain.Population.Outputs;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using NodaTime;

namespace DpfDomain.Population.Tests.Support;

/// <summary>Runs a roll through the reference catalog with the usual sinks, in memory.</summary>
internal static class RunHarness
{
    internal static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => new EligibilityEvaluator(ReferenceCatalog.Load(), RollText.County));

    internal static readonly PersonKeys Keys = new(new byte[32]);

    internal static async Task<RunOutput> RunAsync(RollSource roll, LocalDate date, PreviousDecisions? previous = null, bool fullIds = false, int parallelism = 2, IEnumerable<string>? changePrograms = null, params RollSource[] lists)
    {
        var reader = new RollReader(roll, lists, new RollReadOptions(RollText.County, date));
        var summary = new PopulationSummaryBuilder(date, reader.Report);
        var changes = new ChangeListBuilder(previous ?? PreviousDecisions.None, Keys, changePrograms, fullIds);
        var csv = new MemoryStream();
        var jsonLines = new MemoryStream();
        var decisions = new DecisionWriter(csv, jsonLines, Keys, fullIds);
        var run = new PopulationRun(Evaluator.Value, new PopulationRunOptions { MaxDegreeOfParallelism = parallelism, BatchSize = 7 });
        var result = await run.RunAsync(reader.ReadAsync(), date, [summary, changes, decisions]);
        await decisions.DisposeAsync();
        return new RunOutput(result, reader.Report, summary.Build(), changes.Changes, csv.ToArray(), jsonLines.ToArray());
    }

    internal sealed record RunOutput(PopulationRunResult Result, RollReadReport Report, PopulationSummary Summary, IReadOnlyList<DecisionChange> Changes, byte[] DecisionsCsv, byte[] DecisionsJsonLines)
    {
        internal string CsvText => System.Text.Encoding.UTF8.GetString(DecisionsCsv);

        internal string JsonText => System.Text.Encoding.UTF8.GetString(DecisionsJsonLines);

        internal Task<PreviousDecisions> AsPreviousAsync() => PreviousDecisions.ReadAsync("decisions.jsonl", new MemoryStream(DecisionsJsonLines));
    }
}

using DpfDomain.Disabilities;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Population.Tests.Support;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Runs;

public sealed class PopulationRunTests
{
    private static RollSource SmallRoll(int households) => Csv("roll.csv", string.Join("\r\n",
        Enumerable.Range(0, households).SelectMany(h => new[]
        {
            $"H{h},甲{h},{UniqueId(h, 1950)},{Certificate(UniqueId(h, 1950), (DisabilityCategory)(1 + (h % 6)), 1 + (h % 4))},2012-01-01,农业,",
            $"H{h},乙{h},{UniqueId(h, 2005)},,,农业,{UniqueId(h, 1950)}",
        }).Prepend("户号,姓名,公民身份号码,残疾人证号,发证日期,户口性质,父母身份证号")) + "\r\n");

    private static RollSource Lists(int households) => Csv("civil-affairs.csv", string.Join("\r\n",
        Enumerable.Range(0, households).Where(h => h % 3 == 0).Select(h => $"{UniqueId(h, 1950)},低保,2018-01-01")
            .Prepend("公民身份号码,类型,开始日期")) + "\r\n");

    [Fact]
    public async Task RunAsync_InParallelWithSmallBatches_GivesTheSameFilesInTheSameOrderAsSequentially()
    {
        var sequential = await RunHarness.RunAsync(SmallRoll(300), Date, parallelism: 1, lists: Lists(300));
        var parallel = await RunHarness.RunAsync(SmallRoll(300), Date, parallelism: 4, lists: Lists(300));

        Assert.Equal(600, sequential.Result.People);
        Assert.Equal(300, parallel.Result.Households);
        Assert.Equal(sequential.DecisionsCsv, parallel.DecisionsCsv);
        Assert.Equal(sequential.DecisionsJsonLines, parallel.DecisionsJsonLines);
        Assert.Contains("\"row\":2,", parallel.JsonText[..200], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsWithCancellation()
    {
        using var cancel = new CancellationTokenSource();
        var reader = new RollReader(SmallRoll(2000), [], new RollReadOptions(County, Date));
        var run = new PopulationRun(RunHarness.Evaluator.Value, new PopulationRunOptions { BatchSize = 8 });
        var sink = new CountingSink(afterPeople: 100, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.RunAsync(reader.ReadAsync(), Date, [sink], cancellationToken: cancel.Token));

        Assert.InRange(sink.People, 100, 3999);
        Assert.False(sink.Completed);
    }

    [Fact]
    public async Task RunAsync_RollUnreadableHalfway_FailsWithThePositionAndDoesNotCompleteTheSinks()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"H{i},甲,{UniqueId(i, 1950)},农业\r\n")) + "H9999,\"" + new string('x', TabularReader.MaximumRecordBytes + 10) + "\r\n";
        var reader = new RollReader(Csv("roll.csv", "户号,姓名,公民身份号码,户口性质\r\n" + text), [], new RollReadOptions(County, Date));
        var sink = new CountingSink(afterPeople: int.MaxValue, null);

        var error = await Assert.ThrowsAsync<TabularFileException>(() => new PopulationRun(RunHarness.Evaluator.Value).RunAsync(reader.ReadAsync(), Date, [sink]));

        Assert.Equal(3002, error.Row);
        Assert.False(sink.Completed);
    }

    [Fact]
    public async Task RunAsync_Progress_IsReportedWithTheFinalCount()
    {
        var reports = new List<RunProgress>();
        var reader = new RollReader(SmallRoll(50), [], new RollReadOptions(County, Date));

        var result = await new PopulationRun(RunHarness.Evaluator.Value).RunAsync(reader.ReadAsync(), Date, [], new SynchronousProgress(reports.Add));

        Assert.Equal(new RunProgress(50, 100, reports[^1].Elapsed), reports[^1]);
        Assert.Equal(100, result.People);
        Assert.Equal(100 * RunHarness.Evaluator.Value.Catalog.PersonProgramIds.Count, result.Decisions);
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }

    private sealed class CountingSink(int afterPeople, CancellationTokenSource? cancel) : IPopulationSink
    {
        public int People { get; private set; }

        public bool Completed { get; private set; }

        public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
        {
            if (++People == afterPeople)
            {
                cancel?.Cancel();
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            Completed = true;
            return ValueTask.CompletedTask;
        }
    }
}

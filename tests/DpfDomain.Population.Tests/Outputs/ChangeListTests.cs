using DpfDomain.Disabilities;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Tests.Support;
using NodaTime;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Outputs;

public sealed class ChangeListTests
{
    private static readonly LocalDate June = new(2019, 6, 30);
    private static readonly LocalDate July = new(2019, 7, 31);
    private static readonly string Ends = Id(1961, 1);
    private static readonly string Regraded = Id(1962, 3);
    private static readonly string Leaves = Id(1963, 5);
    private static readonly string Joins = Id(1964, 7);
    private static readonly string Stays = Id(1965, 9);

    [Fact]
    public async Task Changes_TwoMonthsWithKnownDifferences_ListAddedStoppedAndChangedWithTheFailingRule()
    {
        var june = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 1), withLeaver: true), June, lists: Lists());
        var previous = await june.AsPreviousAsync();

        var july = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 2), withLeaver: false), July, previous, changePrograms: ["P7", "P8"], lists: Lists());

        Assert.Empty(previous.Problems);
        var lines = july.Changes.Select(c => (c.ProgramId, c.Kind, Id: c.IdNumber, c.RuleName)).ToList();
        Assert.Equal(
            [
                ("P7", ChangeKind.Stopped, Mask(Ends), "HouseholdReceivesDibao"),
                ("P8", ChangeKind.AmountChanged, Mask(Regraded), null),
                ("P7", ChangeKind.Added, Mask(Joins), null),
                ("P7", ChangeKind.Stopped, Mask(Leaves), null),
            ],
            lines);
        var regraded = july.Changes.Single(c => c.Kind == ChangeKind.AmountChanged);
        Assert.Equal(100m, regraded.Previous.PerMonth.Yuan);
        Assert.Equal(80m, regraded.Current.PerMonth.Yuan);
        Assert.Contains("低保", july.Changes[0].ReasonZh, StringComparison.Ordinal);
        Assert.Null(july.Changes[3].Row);
    }

    [Fact]
    public async Task Changes_FirstRun_ListsEveryEligiblePersonAsAdded()
    {
        var june = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 1), withLeaver: true), June, lists: Lists());

        Assert.All(june.Changes, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.Equal(june.Summary.Programs.Sum(p => p.Eligible), june.Changes.Count);
    }

    [Fact]
    public async Task Changes_GivenToACallback_AreStreamedInTheSameOrderAndCountedButNotKept()
    {
        var june = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 1), withLeaver: true), June, lists: Lists());
        var previous = await june.AsPreviousAsync();
        var kept = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 2), withLeaver: false), July, previous, lists: Lists());
        var streamed = new List<DecisionChange>();
        var builder = new ChangeListBuilder(previous, RunHarness.Keys, onChange: streamed.Add);
        var reader = new Population.Roll.RollReader(Roll(Certificate(Regraded, DisabilityCategory.Physical, 2), withLeaver: false), Lists(), new Population.Roll.RollReadOptions(County, July));

        await new Population.Runs.PopulationRun(RunHarness.Evaluator.Value).RunAsync(reader.ReadAsync(), July, [builder]);

        Assert.Empty(builder.Changes);
        Assert.Equal(kept.Changes.Select(c => c.ToString()), streamed.Select(c => c.ToString()));
        Assert.Equal(streamed.Count, builder.Counts.Values.Sum());
        Assert.Equal(1, builder.Counts[("P7", ChangeKind.Added)]);
    }

    [Fact]
    public async Task PreviousDecisions_DamagedLines_AreReportedWithLineNumbersAndSkipped()
    {
        var june = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 1), withLeaver: true), June, lists: Lists());
        var text = "{not json\n" + new string('x', PreviousDecisions.MaximumLineBytes + 10) + "\n\n" + june.JsonText + "[1,2]\n\u00ff\u00fe";

        var previous = await PreviousDecisions.ReadAsync("old.jsonl", new MemoryStream(System.Text.Encoding.Latin1.GetBytes(text.Replace(june.JsonText, string.Empty, StringComparison.Ordinal)).Concat(june.DecisionsJsonLines).ToArray()));

        Assert.Equal([1, 2, 4, 5], previous.Problems.Select(p => p.Row));
        Assert.Equal(june.Changes.Count, previous.Eligible.Count);
    }

    private static string Mask(string id) => id[..6] + new string('*', 8) + id[14..];

    private static Population.Roll.RollSource Roll(string regradedCertificate, bool withLeaver) => Csv("roll.csv", string.Join("\r\n",
        new[]
        {
            "户号,姓名,公民身份号码,残疾人证号,发证日期,户口性质",
            $"H1,甲,{Ends},{Certificate(Ends, DisabilityCategory.Mental, 2)},2016-01-01,农业",
            $"H2,乙,{Regraded},{regradedCertificate},2016-01-01,农业",
            $"H3,丙,{Joins},{Certificate(Joins, DisabilityCategory.Visual, 3)},2016-01-01,农业",
            $"H4,丁,{Stays},{Certificate(Stays, DisabilityCategory.Hearing, 4)},2016-01-01,非农业",
        }.Concat(withLeaver ? [$"H5,戊,{Leaves},{Certificate(Leaves, DisabilityCategory.Speech, 3)},2016-01-01,农业"] : [])) + "\r\n");

    private static Population.Roll.RollSource[] Lists() =>
    [
        Csv("civil-affairs.csv", string.Join("\r\n",
            "公民身份号码,类型,开始日期,结束日期",
            $"{Ends},低保,2018-01-01,2019-07-15",
            $"{Joins},低保,2019-07-16,",
            $"{Stays},低保,2018-01-01,",
            $"{Leaves},低保,2018-01-01,") + "\r\n"),
        Csv("care-needs.csv", string.Join("\r\n",
            "公民身份号码,类型,开始日期,月数",
            $"{Regraded},照护需求,2018-01-01,36") + "\r\n"),
    ];

    [Fact]
    public async Task ChangeList_AgainstDecisionsWrittenWithAnotherKey_IsRefused()
    {
        var june = await RunHarness.RunAsync(Roll(Certificate(Regraded, DisabilityCategory.Physical, 1), withLeaver: true), June, lists: Lists());
        var previous = await june.AsPreviousAsync();

        var error = Assert.Throws<ArgumentException>(() => new ChangeListBuilder(previous, new PersonKeys(Enumerable.Repeat((byte)7, 32).ToArray())));

        Assert.Equal(RunHarness.Keys.Fingerprint, previous.KeyFingerprint);
        Assert.Contains("另一个人员标识密钥", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviousDecisions_BytesThatAreNotUtf8OrLoneSurrogates_AreUnreadableLinesNotExceptions()
    {
        var bad = new List<byte>();
        bad.AddRange("{\"personKey\":\""u8.ToArray());
        bad.AddRange(new byte[] { 0xFF, 0xFE });
        bad.AddRange("\",\"program\":\"P1\",\"outcome\":\"Eligible\",\"amounts\":{}}\n"u8.ToArray());
        bad.AddRange("{\"personKey\":\"\\uD800\",\"program\":\"P1\",\"outcome\":\"Eligible\",\"amounts\":{}}\n"u8.ToArray());
        bad.AddRange(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("junk\n", 5_000))));

        var previous = await PreviousDecisions.ReadAsync("bad.jsonl", new MemoryStream([.. bad]));

        Assert.Equal(5_002, previous.UnreadableLines);
        Assert.Equal(PreviousDecisions.MaximumProblemsKept, previous.Problems.Count);
        Assert.Empty(previous.Eligible);
        Assert.Null(previous.KeyFingerprint);
    }
}

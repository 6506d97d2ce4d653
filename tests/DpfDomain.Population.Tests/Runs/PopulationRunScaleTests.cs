using DpfDomain.Population.Outputs;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Population.Tests.Support;
using DpfDomain.Population.Tests.Testing;
using DpfDomain.Testing;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Runs;

public sealed class PopulationRunScaleTests
{
    [Fact]
    public async Task RunAsync_200000GeneratedPeopleInParallel_IsIdenticalToASequentialRun()
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 200_000, Seed = 11 });

        var sequential = await RunAsync(generator, parallelism: 1, batchSize: 256);
        var parallel = await RunAsync(generator, parallelism: 4, batchSize: 97);

        Assert.Equal(200_000, sequential.People);
        Assert.Equal(sequential.People, parallel.People);
        Assert.Equal(200_000L * RunHarness.Evaluator.Value.Catalog.PersonProgramIds.Count, parallel.Decisions);
        Assert.Equal(sequential.Hash, parallel.Hash);
    }

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 25, QuietOnSuccess = true)]
    public async Task RunAsync_AnyGeneratedCountyWithBadRowsInCsvGb18030OrXlsx_PeopleReadAreEvaluatedPlusRejected(CountyRollOptions options)
    {
        using var scratch = new ScratchDirectory();
        var files = (options.Seed & 3) switch
        {
            0 => new RollFileOptions { Format = RollFileFormat.Xlsx },
            1 => new RollFileOptions { Encoding = RollTextEncoding.Gb18030 },
            _ => new RollFileOptions(),
        };
        var manifest = await new CountyRollGenerator(options).WriteFilesAsync(scratch.Path, files);
        var reader = manifest.OpenReader(new RollReadOptions(options.County, options.AsOf));
        var summary = new PopulationSummaryBuilder(options.AsOf, reader.Report);

        var result = await new PopulationRun(RunHarness.Evaluator.Value).RunAsync(reader.ReadAsync(), options.AsOf, [summary]);

        Assert.Equal(reader.Report.PeopleRead, result.People + reader.Report.PeopleRejected);
        Assert.Equal(reader.Report.ListRowsRead, reader.Report.ListRowsApplied + reader.Report.ListRowsRejected);
        Assert.Equal(manifest.GoodPeople, result.People);
        Assert.All(summary.Build().Programs, p => Assert.Equal(result.People, p.Evaluated));
    }

    [Fact]
    public async Task RunAsync_TheSeedsCohortsWrittenAsARoll_ReproduceTheGoldenFigures()
    {
        using var scratch = new ScratchDirectory();
        var medication = await RunCohortAsync(scratch.Sub("p1"), SeedCohorts.MedicationSubsidy);
        var students = await RunCohortAsync(scratch.Sub("p4a"), SeedCohorts.DisabledStudentsFromPoorFamilies);
        var children = await RunCohortAsync(scratch.Sub("p4b"), SeedCohorts.ChildrenOfPoorDisabledFamilies);

        var p1 = medication.Programs.Single(p => p.ProgramId == "P1");
        Assert.Equal((1_882, 1_882_000m, 1_152, 730, 163.37m), (p1.Eligible, p1.Amounts.PerYear.Yuan, p1.Quota!.Value, p1.OverQuota!.Value, p1.CompletionPercent!.Value));
        var p4a = students.Programs.Single(p => p.ProgramId == "P4");
        Assert.Equal((339, 189_000m), (p4a.Eligible, p4a.Amounts.PerYear.Yuan));
        var p4b = children.Programs.Single(p => p.ProgramId == "P4");
        Assert.Equal((849, 539_500m), (p4b.Eligible, p4b.Amounts.PerYear.Yuan));
        Assert.All(new[] { medication, students, children }, s => Assert.Equal(0, s.Roll!.PeopleRejected));
    }

    private static async Task<PopulationSummary> RunCohortAsync(string folder, IReadOnlyList<GeneratedHousehold> cohort)
    {
        var manifest = await new RollFileWriter().WriteAsync(folder, cohort);
        var reader = manifest.OpenReader(new RollReadOptions(SeedCohorts.County, SeedCohorts.Date));
        var summary = new PopulationSummaryBuilder(SeedCohorts.Date, reader.Report);
        await new PopulationRun(RunHarness.Evaluator.Value).RunAsync(reader.ReadAsync(), SeedCohorts.Date, [summary]);
        return summary.Build();
    }

    private static async Task<HashingSink> RunAsync(CountyRollGenerator generator, int parallelism, int batchSize)
    {
        var sink = new HashingSink();
        var run = new PopulationRun(RunHarness.Evaluator.Value, new PopulationRunOptions { MaxDegreeOfParallelism = parallelism, BatchSize = batchSize });
        await run.RunAsync(Households(generator), generator.AsOf, [sink]);
        return sink;
    }

    private static async IAsyncEnumerable<RollHousehold> Households(CountyRollGenerator generator)
    {
        var row = 1;
        foreach (var household in generator.Households())
        {
            yield return new RollHousehold(household.HouseholdNo, household.Household, [.. household.Household.Members.Select(m => new RollMember(++row, m))]);
        }

        await Task.CompletedTask;
    }
}

using DpfDomain.Population.Roll;
using DpfDomain.Testing;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Testing;

public sealed class BadRowTests
{
    public static TheoryData<BadRowKind> Kinds => [.. Enum.GetValues<BadRowKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachKind_IsRejectedWithItsCode_AndLeavesEveryGoodRowAsItWas(BadRowKind kind)
    {
        using var scratch = new ScratchDirectory();
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 600, Seed = (int)kind }.WithBadRows(kind, 4));

        var manifest = await generator.WriteFilesAsync(scratch.Path);
        var (households, report) = await ReadBack.ReadAsync(manifest);

        var code = GeneratedRollManifest.ExpectedCode(kind);
        Assert.Equal(4, manifest.BadRows[kind]);
        Assert.Equal(600, report.PeopleAccepted);
        Assert.Equal(generator.Households().Select(h => HouseholdFingerprint.Of(h.Household)), households.Select(h => HouseholdFingerprint.Of(h.Household)));
        var rejected = report.Problems.Where(p => p.RejectsRow).ToList();
        Assert.Equal(4, rejected.Count);
        Assert.All(rejected, p => Assert.Equal(code, p.Code));
        if (kind == BadRowKind.ListRowNotOnRoll)
        {
            Assert.Equal(new Dictionary<RollProblemCode, int> { [code] = 4 }, report.RejectedListRowsByCode);
            Assert.Empty(report.RejectedPeopleByCode);
            Assert.Equal(4, rejected.Select(p => p.File).Distinct().Count());
        }
        else
        {
            Assert.Equal(new Dictionary<RollProblemCode, int> { [code] = 4 }, report.RejectedPeopleByCode);
            Assert.Equal(0, report.ListRowsRejected);
            Assert.All(rejected, p => Assert.Equal("roll.csv", p.File));
        }
    }

    [Fact]
    public async Task EveryKind_InOneCounty_ReaderCountsAreTheManifests()
    {
        using var scratch = new ScratchDirectory();
        var options = new CountyRollOptions { People = 5_000, Seed = 31 };
        foreach (var kind in Enum.GetValues<BadRowKind>())
        {
            options.BadRows[kind] = 5 + (int)kind;
        }

        var manifest = await new CountyRollGenerator(options).WriteFilesAsync(scratch.Path);
        var (_, report) = await ReadBack.ReadAsync(manifest);

        Assert.Equal(options.BadRows.OrderBy(b => b.Key), manifest.BadRows.OrderBy(b => b.Key));
        AssertMatches(manifest, report);
        Assert.Equal(7, report.RejectedPeopleByCode.Count);
        var rejectedRows = report.Problems.Where(p => p.RejectsRow && p.File == "roll.csv").Select(p => p.Row).Order().ToList();
        Assert.True(rejectedRows[^1] - rejectedRows[0] > 4_000, "The bad rows are spread over the roll.");
    }

    [Fact]
    public async Task TinyCounty_DuplicatesAndOutOfOrderRowsLeftToTheLastHousehold_AreCountedAsPlanned()
    {
        // Found by the property below: with fewer households than planned, several slots of bad
        // rows fall to the last household, and a duplicate written after an out-of-order row was
        // read as out of order.
        using var scratch = new ScratchDirectory();
        var options = new CountyRollOptions { People = 14, Seed = 486487371 }
            .WithBadRows(BadRowKind.InvalidIdCheckCharacter, 1)
            .WithBadRows(BadRowKind.UnknownCategoryWord, 2)
            .WithBadRows(BadRowKind.CertificateDoesNotMatchId, 1)
            .WithBadRows(BadRowKind.DuplicatePerson, 3)
            .WithBadRows(BadRowKind.NonAdjacentHouseholdRow, 3);

        var manifest = await new CountyRollGenerator(options).WriteFilesAsync(scratch.Path);
        var (_, report) = await ReadBack.ReadAsync(manifest);

        AssertMatches(manifest, report);
        Assert.Equal(3, report.RejectedPeopleByCode[RollProblemCode.DuplicatePerson]);
    }

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 40, QuietOnSuccess = true)]
    public async Task SmallCounty_ReaderCountsAreTheManifests(CountyRollOptions options)
    {
        using var scratch = new ScratchDirectory();
        var generator = new CountyRollGenerator(options);

        var manifest = await generator.WriteFilesAsync(scratch.Path);
        var (households, report) = await ReadBack.ReadAsync(manifest);

        AssertMatches(manifest, report);
        Assert.Equal(options.People, manifest.GoodPeople);
        Assert.All(manifest.BadRows, b => Assert.True(b.Value <= options.BadRows[b.Key]));
        if (manifest.Households >= 2)
        {
            Assert.Equal(options.BadRows.Where(b => b.Value > 0).OrderBy(b => b.Key), manifest.BadRows.OrderBy(b => b.Key));
        }

        Assert.Equal(generator.Households().Select(h => HouseholdFingerprint.Of(h.Household)), households.Select(h => HouseholdFingerprint.Of(h.Household)));
    }

    private static void AssertMatches(GeneratedRollManifest manifest, RollReadReport report)
    {
        Assert.True(report.IsBalanced);
        Assert.Equal(manifest.PeopleWritten, report.PeopleRead);
        Assert.Equal(manifest.GoodPeople, report.PeopleAccepted);
        Assert.Equal(manifest.BadRollRows, report.PeopleRejected);
        Assert.Equal(manifest.Households, report.Households);
        Assert.Equal(manifest.ListRowsWritten, report.ListRowsRead);
        Assert.Equal(manifest.GoodListRows, report.ListRowsApplied);
        Assert.Equal(manifest.BadListRows, report.ListRowsRejected);
        Assert.Equal(manifest.ExpectedRejectedPeopleByCode.OrderBy(p => p.Key), report.RejectedPeopleByCode.OrderBy(p => p.Key));
        Assert.Equal(manifest.ExpectedRejectedListRowsByCode.OrderBy(p => p.Key), report.RejectedListRowsByCode.OrderBy(p => p.Key));
    }
}

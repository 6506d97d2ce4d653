using System.Text;
using DpfDomain.Population.Roll;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Roll;

/// <summary>A roll long enough that the reader sizes its tables for the whole file part way through.</summary>
public sealed class LargeRollTests
{
    private const int Households = 40_000;

    [Fact]
    public async Task DuplicatesAndScatteredHouseholds_FarApart_AreFoundWithTheirFirstRows()
    {
        var text = new StringBuilder("户号,姓名,公民身份号码,户口性质\r\n");
        var ids = new List<string>();
        for (var h = 0; h < Households; h++)
        {
            for (var m = 0; m < 2; m++)
            {
                var id = UniqueId(ids.Count, 1940);
                ids.Add(id);
                text.Append('H').Append(h).Append(",王芳,").Append(id).Append(",农业\r\n");
            }
        }

        // Row 2 is the first person's; household H0 ended on row 3; both come back after the tables were sized.
        text.Append("X1,李强,").Append(ids[0]).Append(",农业\r\n");
        text.Append("H0,赵四,").Append(UniqueId(ids.Count, 1940)).Append(",农业\r\n");
        text.Append("X2,钱五,").Append(ids[^1]).Append(",农业\r\n");

        var (households, report) = await ReadAsync(Csv("roll.csv", text.ToString()));

        Assert.Equal((Households * 2) + 3, report.PeopleRead);
        Assert.Equal(Households * 2, report.PeopleAccepted);
        Assert.True(report.IsBalanced);
        Assert.Equal(Households, households.Count);
        var rejected = report.Problems.Where(p => p.RejectsRow).ToList();
        Assert.Equal([RollProblemCode.DuplicatePerson, RollProblemCode.HouseholdInconsistent, RollProblemCode.DuplicatePerson], rejected.Select(p => p.Code));
        Assert.Contains("already on row 2.", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("earlier row (3)", rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains($"already on row {(Households * 2) + 1}.", rejected[2].Reason, StringComparison.Ordinal);
    }
}

using System.Globalization;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Population.Tests.Support;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NodaTime;

namespace DpfDomain.Population.Tests.Outputs;

/// <summary>
/// Amounts keep their period through the files: a decision with lines of any periods is written,
/// read back as last month's decision period by period, and compared period by period.
/// </summary>
public sealed class PeriodAmountFileTests
{
    private static readonly LocalDate Date = new(2019, 6, 30);
    private static readonly string[] Names = ["Monthly", "Yearly", "Once", "Device"];
    private static readonly RuleCatalog Catalog = RuleCatalog.Load([RuleSetSource.FromText("PX.ruleset.json", RuleSet())]);
    private static readonly Person Someone = new(ResidentIdNumber.Create(RollText.County, new LocalDate(1980, 3, 14), 1), new PersonName("王芳"));
    private static readonly Household Home = new(new HouseholdRegistration(RollText.County, HukouType.Rural), [Someone]);

    private static Gen<decimal?[]> AmountsPerPeriod =>
        Gen.ArrayOf(
            from present in Gen.Elements(true, false)
            from fen in Gen.Choose(0, 100_000_000)
            select present ? fen / 100m : (decimal?)null,
            4);

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property DecisionFile_AnyPeriods_IsReadBackPeriodByPeriod_AndTheCsvHasAColumnPerPeriod()
    {
        return Prop.ForAll(AmountsPerPeriod.ToArbitrary(), amounts =>
        {
            var decision = Decide(amounts);
            var (previous, csvLine) = Task.Run(() => WriteAndReadAsync(decision)).GetAwaiter().GetResult();
            var readBack = Assert.Single(previous.Eligible).Amounts;
            var cells = csvLine.Split(',');
            var columns = new[] { Column("每月金额(元)"), Column("每年金额(元)"), Column("一次性金额(元)"), Column("实物价值(元)") };
            var periods = new[] { BenefitPeriod.PerMonth, BenefitPeriod.PerYear, BenefitPeriod.OneOff, BenefitPeriod.InKind };
            var csvAgrees = periods.Select((p, i) => Cell(cells[columns[i]]) == decision.Totals.Find(p)?.Yuan).All(same => same);
            return (readBack == decision.Totals && csvAgrees && previous.UnreadableLines == 0)
                .Label($"written {decision.Totals}, read {readBack}, CSV {csvLine}");
        });
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property ChangeList_ComparesPeriodByPeriod()
    {
        var cases =
            from before in AmountsPerPeriod
            from changed in Gen.Choose(-1, 3)
            select (before, changed);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var after = (decimal?[])c.before.Clone();
            if (c.changed >= 0)
            {
                after[c.changed] = (after[c.changed] ?? 0m) + 0.01m;
            }

            var earlier = Decide(c.before);
            var (previous, _) = Task.Run(() => WriteAndReadAsync(earlier)).GetAwaiter().GetResult();
            var changes = new ChangeListBuilder(previous, RunHarness.Keys);
            changes.AddAsync(Result(Decide(after)), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            var kinds = changes.Changes.Select(x => x.Kind).ToList();
            return (c.changed < 0 ? kinds.Count == 0 : kinds.SequenceEqual([ChangeKind.AmountChanged]))
                .Label($"{earlier.Totals} -> {Decide(after).Totals}: [{string.Join(", ", kinds)}]");
        });
    }

    [Fact]
    public async Task ChangeListRow_ShowsEveryPeriodBeforeAndAfter()
    {
        var before = Decide([80m, null, 3000m, 6000m]);
        var after = Decide([100m, null, null, 6000m]);
        var (previous, _) = await WriteAndReadAsync(before);
        var changes = new ChangeListBuilder(previous, RunHarness.Keys);
        await changes.AddAsync(Result(after), CancellationToken.None);

        var row = ChangeListFile.Row(Assert.Single(changes.Changes));

        object?[] amounts = [80m, 100m, null, null, 3000m, null, 6000m, 6000m];
        Assert.Equal(amounts, ChangeListFile.Header.Select((h, i) => (h, i)).Where(x => x.h.Contains("金额(元)", StringComparison.Ordinal) || x.h.Contains("价值(元)", StringComparison.Ordinal)).Select(x => Normalise(row[x.i])));
        Assert.Equal(["原每月金额(元)", "新每月金额(元)", "原每年金额(元)", "新每年金额(元)", "原一次性金额(元)", "新一次性金额(元)", "原实物价值(元)", "新实物价值(元)"], ChangeListFile.Header.Skip(7).Take(8));
    }

    private static object? Normalise(object? cell) => cell is decimal d ? decimal.Round(d, 2) / 1.00m : cell;

    private static int Column(string header) => DecisionFileColumns.Csv.ToList().IndexOf(header);

    private static decimal? Cell(string text) => text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static ProgramDecision Decide(decimal?[] amounts)
    {
        var overrides = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            overrides["Has" + Names[i]] = amounts[i] is not null;
            overrides[Names[i]] = amounts[i] ?? 0m;
        }

        var decision = Catalog.Evaluate(new PersonFacts(), Date, "PX", overrides);
        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        return decision;
    }

    private static PersonResult Result(ProgramDecision decision) => new("H1", Home, new RollMember(2, Someone), [decision]);

    private static async Task<(PreviousDecisions Previous, string CsvLine)> WriteAndReadAsync(ProgramDecision decision)
    {
        var csv = new MemoryStream();
        var jsonLines = new MemoryStream();
        await using (var writer = new DecisionWriter(csv, jsonLines, RunHarness.Keys))
        {
            await writer.AddAsync(Result(decision), CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (await PreviousDecisions.ReadAsync("decisions.jsonl", new MemoryStream(jsonLines.ToArray())), lines[^1]);
    }

    private static string RuleSet() => $$"""
        {
          "Program": { "Id": "PX", "Name": { "zh-CN": "测试", "en": "Test" }, "LegalReferences": [ "test" ], "Version": "1", "EffectiveFrom": "2019-01-01" },
          "Parameters": [ {{string.Join(", ", Names.Select(n => $$"""{ "Name": "{{n}}", "Unit": "Yuan", "Values": [ { "From": "2019-01-01", "Value": 1, "Reference": "test" } ] }, { "Name": "Has{{n}}", "Unit": "Switch", "Values": [ { "From": "2019-01-01", "Value": false, "Reference": "test" } ] }"""))}} ],
          "Eligibility": { "WorkflowName": "PX", "Rules": [ { "RuleName": "Always", "Expression": "true", "ErrorMessage": "Never fails.", "Properties": { "ErrorMessageZh": "总是通过。" } } ] },
          "Benefits": [
            { "Id": "Monthly", "Amount": "Parameters.Monthly", "Period": "PerMonth", "Condition": "Parameters.HasMonthly" },
            { "Id": "Yearly", "Amount": "Parameters.Yearly", "Period": "PerYear", "Condition": "Parameters.HasYearly" },
            { "Id": "Once", "Amount": "Parameters.Once", "Period": "OneOff", "Condition": "Parameters.HasOnce" },
            { "Id": "Device", "Amount": "Parameters.Device", "Period": "InKind", "Condition": "Parameters.HasDevice" }
          ]
        }
        """;
}

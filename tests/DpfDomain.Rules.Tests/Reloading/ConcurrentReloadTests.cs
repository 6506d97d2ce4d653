using System.Collections.Concurrent;
using DpfDomain.Identity;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>
/// Readers evaluating while the catalog is replaced again and again: each reader's catalog is
/// whole. Both programs' files are edited together to the same amount, and revision n pays
/// 1000 + n − 1, so a decision from a mix of two versions, or a revision paired with another
/// revision's catalog, shows as unequal amounts.
/// </summary>
public sealed class ConcurrentReloadTests : IDisposable
{
    private const int Swaps = 50;
    private static readonly LocalDate Date = new(2020, 6, 30);
    private readonly RuleFolder _folder = new("P1", "P2");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Readers_DuringManySwaps_AlwaysSeeOneWholeVersion()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false });
        var evaluator = new EligibilityEvaluator(provider, DivisionCode.Parse("340123"));
        var household = PersonFactsTests.Household();
        var person = household.Members[0];
        var problems = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<int, bool>();
        using var done = new CancellationTokenSource();

        void Read()
        {
            while (!done.IsCancellationRequested)
            {
                var revision = provider.Revision;
                var expected = 1000m + revision.Number - 1;
                var amounts = (RuleFolderCatalogProviderTests.Amount(revision.Catalog, "P1"), RuleFolderCatalogProviderTests.Amount(revision.Catalog, "P2"));
                if (amounts != (expected, expected))
                {
                    problems.Enqueue($"Revision {revision.Number} paid {amounts}, expected {expected} for both.");
                }

                var decisions = evaluator.EvaluateAll(person, household, Date);
                if (decisions.Select(d => d.Totals.PerYear.Yuan).Distinct().Count() != 1 || decisions.Select(d => d.ContentHash).Distinct().Count() != 2)
                {
                    problems.Enqueue($"One evaluation mixed versions: {string.Join(", ", decisions.Select(d => d.Totals))}.");
                }

                seen[revision.Number] = true;
            }
        }

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(Read, TaskCreationOptions.LongRunning)).ToArray();
        var outcomes = new List<RuleCatalogReloadOutcome>();
        for (var swap = 1; swap <= Swaps; swap++)
        {
            _folder.Write("P1", 1000m + swap);
            _folder.Write("P2", 1000m + swap);
            outcomes.Add(provider.Reload().Outcome);
        }

        done.Cancel();
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.All(outcomes, o => Assert.Equal(RuleCatalogReloadOutcome.Replaced, o));
        Assert.Equal(Swaps + 1, provider.Revision.Number);
        Assert.Empty(problems);
        Assert.True(seen.Count >= 3, $"The readers saw only {seen.Count} revision(s); the test did not overlap reads and swaps.");
    }

    [Fact]
    public void Snapshot_KeepsItsCatalogAcrossASwap_WhileTheFollowingEvaluatorMovesOn()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false });
        var evaluator = new EligibilityEvaluator(provider, DivisionCode.Parse("340123"));
        var household = PersonFactsTests.Household();
        var snapshot = evaluator.Snapshot();
        IEligibilityEvaluator fixedEvaluator = new EligibilityEvaluator(provider.Current, DivisionCode.Parse("340123"));

        _folder.Write("P1", 1300m);
        provider.Reload();

        Assert.Equal(1000m, snapshot.Evaluate(household.Members[0], household, Date, "P1").Totals.PerYear.Yuan);
        Assert.Equal(1300m, evaluator.Evaluate(household.Members[0], household, Date, "P1").Totals.PerYear.Yuan);
        Assert.Same(provider.Current, evaluator.Catalog);
        Assert.Same(fixedEvaluator, fixedEvaluator.Snapshot());
    }
}

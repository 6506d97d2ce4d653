using DpfDomain.Population.Roll;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Testing;

namespace DpfDomain.Population.Tests.Testing;

/// <summary>Reading written files back, and the reference catalog's evaluator for county 340123.</summary>
internal static class ReadBack
{
    internal static readonly Lazy<EligibilityEvaluator> Evaluator =
        new(() => new EligibilityEvaluator(ReferenceCatalog.Load(), CountyRollOptions.DefaultCounty));

    internal static async Task<(List<RollHousehold> Households, RollReadReport Report)> ReadAsync(GeneratedRollManifest manifest)
    {
        var reader = manifest.OpenReader(new RollReadOptions(CountyRollOptions.DefaultCounty, CountyRollOptions.DefaultAsOf));
        var households = new List<RollHousehold>();
        await foreach (var household in reader.ReadAsync())
        {
            households.Add(household);
        }

        return (households, reader.Report);
    }
}

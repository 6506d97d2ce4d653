using System.Collections;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using FsCheck.Fluent;

namespace DpfDomain.Rules.Tests.Facts;

/// <summary>
/// The random facts behind the differential and culture properties vary every fact, so that no
/// part of a program escapes the comparison with RulesEngine; a fact added to
/// <see cref="PersonFacts"/> and forgotten in the generator fails here.
/// </summary>
public sealed class FactsGeneratorTests
{
    [Fact]
    public void EveryPublicFact_TakesAtLeastTwoValues_InAThousandGeneratedPeople()
    {
        var people = FactsGenerator.Facts.Sample(1000, 50);
        var facts = typeof(PersonFacts).GetProperties().Where(p => p.GetMethod!.IsPublic).ToList();

        var constant = facts
            .Where(p => people.Select(person => Describe(p.GetValue(person))).Distinct().Count() < 2)
            .Select(p => p.Name)
            .ToList();

        Assert.True(facts.Count > 50, "The facts were found by reflection.");
        Assert.True(constant.Count == 0, $"The generator never varies: {string.Join(", ", constant)}");
    }

    private static string Describe(object? value) =>
        value is IEnumerable list and not string ? string.Join(",", list.Cast<object>()) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}

using DpfDomain.Identity;

namespace DpfDomain.Tests.Conventions;

public sealed class DependencyConventionTests
{
    [Fact]
    public void DomainPackage_ReferencesOnlyNodaTimeAndGuardClausesBeyondTheFramework()
    {
        var references = typeof(ResidentIdNumber).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("RulesEngine", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions", StringComparison.OrdinalIgnoreCase));
        Assert.All(
            references,
            name => Assert.True(
                name is "NodaTime" or "Ardalis.GuardClauses" || name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
                $"Unexpected dependency {name}."));
        Assert.Contains("NodaTime", references);
    }
}

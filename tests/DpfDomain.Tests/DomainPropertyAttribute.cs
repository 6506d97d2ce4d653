using FsCheck.Xunit;

namespace DpfDomain.Tests;

/// <summary>An FsCheck property over the domain generators, run 1,000 times.</summary>
public sealed class DomainPropertyAttribute : PropertyAttribute
{
    public DomainPropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        MaxTest = 1000;
        QuietOnSuccess = true;
    }
}

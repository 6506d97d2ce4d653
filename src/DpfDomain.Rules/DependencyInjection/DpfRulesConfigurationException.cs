using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DpfDomain.Rules.DependencyInjection;

/// <summary>Thrown by <see cref="Microsoft.Extensions.DependencyInjection.DpfRulesServiceCollectionExtensions.AddDpfRules"/> when the options are invalid; lists every problem.</summary>
public sealed class DpfRulesConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, as full sentences.</param>
    public DpfRulesConfigurationException(IEnumerable<string> problems)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))])
    {
    }

    private DpfRulesConfigurationException(ImmutableArray<string> problems)
        : base($"The DpfDomain rules options have {problems.Length} problem(s):{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}

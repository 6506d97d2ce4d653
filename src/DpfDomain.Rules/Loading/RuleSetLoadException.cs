using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DpfDomain.Rules.Diagnostics;

namespace DpfDomain.Rules.Loading;

/// <summary>Thrown when rule sets have problems; <see cref="Diagnostics"/> lists every one of them.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">Every problem found.</param>
    public RuleSetLoadException(IEnumerable<RuleDiagnostic> diagnostics)
        : this([.. diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))])
    {
    }

    private RuleSetLoadException(ImmutableArray<RuleDiagnostic> diagnostics)
        : base($"The rule sets have {diagnostics.Length} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()))}")
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in file and position order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}

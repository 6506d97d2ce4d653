using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Catalog;

/// <summary>
/// The outcome of <see cref="RuleCatalog.TryLoad"/>: the catalog, or every problem of every file
/// (the <see cref="ParseResult{T}"/> pattern), so that a caller loads once instead of validating
/// and then loading again. Immutable.
/// </summary>
public sealed class RuleCatalogLoadResult
{
    private readonly RuleCatalog? _catalog;

    private RuleCatalogLoadResult(RuleCatalog? catalog, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        _catalog = catalog;
        Diagnostics = diagnostics;
    }

    /// <summary>A catalog loaded without a problem.</summary>
    internal static RuleCatalogLoadResult Loaded(RuleCatalog catalog) => new(catalog, []);

    /// <summary>Files with problems (at least one): no catalog.</summary>
    internal static RuleCatalogLoadResult Failed(IReadOnlyList<RuleDiagnostic> diagnostics) => diagnostics.Count > 0
        ? new(null, diagnostics)
        : throw new ArgumentException("A failed load has at least one problem.", nameof(diagnostics));

    /// <summary>Whether every file loaded without a problem.</summary>
    [MemberNotNullWhen(true, nameof(Catalog))]
    public bool Success => _catalog is not null;

    /// <summary>The catalog when <see cref="Success"/>; otherwise <see langword="null"/>.</summary>
    public RuleCatalog? Catalog => _catalog;

    /// <summary>Every problem of every file, in file order then line and column; empty on success.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>The catalog, or the same exception <see cref="RuleCatalog.Load"/> throws.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="RuleSetLoadException">The files have problems.</exception>
    public RuleCatalog GetCatalogOrThrow() => _catalog ?? throw new RuleSetLoadException(Diagnostics);

    /// <inheritdoc />
    public override string ToString() => Success ? $"Loaded: {_catalog}" : $"{Diagnostics.Count} problem(s); first: {Diagnostics[0]}";
}

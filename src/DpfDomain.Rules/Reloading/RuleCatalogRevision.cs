using System;
using System.Globalization;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Rules.Reloading;

/// <summary>A catalog as put in service by a provider, with its revision number. Immutable.</summary>
public sealed class RuleCatalogRevision
{
    /// <summary>Creates a revision.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="number">The revision number: 1 for the catalog loaded at start-up, one more for each replacement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public RuleCatalogRevision(RuleCatalog catalog, int number)
    {
        Guard.Against.Null(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Catalog = catalog;
        Number = number;
    }

    /// <summary>The catalog.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>The revision number: 1 for the catalog loaded at start-up, one more for each replacement.</summary>
    public int Number { get; }

    /// <summary>The fingerprint of the files the catalog was loaded from (<see cref="RuleCatalog.ContentHash"/>).</summary>
    public string ContentHash => Catalog.ContentHash;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Revision {Number} ({ContentHash[..12]}): {Catalog}");
}

using System;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// A provider whose catalog never changes: what <c>AddDpfRules</c> registers when the rules
/// folder is not watched, so that code written against <see cref="IRuleCatalogProvider"/> runs
/// in both kinds of host. Immutable and thread-safe.
/// </summary>
public sealed class FixedRuleCatalogProvider : IRuleCatalogProvider
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The catalog, revision 1 for ever.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public FixedRuleCatalogProvider(RuleCatalog catalog) => Revision = new RuleCatalogRevision(catalog, 1);

    /// <inheritdoc />
    public RuleCatalog Current => Revision.Catalog;

    /// <inheritdoc />
    public RuleCatalogRevision Revision { get; }

    /// <inheritdoc />
    /// <remarks>Always <see langword="null"/>.</remarks>
    public RuleCatalogReload? LastRefusal => null;

    /// <inheritdoc />
    /// <remarks>Never raised.</remarks>
    public event EventHandler<RuleCatalogReload>? Reloaded
    {
        add { }
        remove { }
    }

    /// <inheritdoc />
    /// <returns>Always <see cref="RuleCatalogReloadOutcome.Unchanged"/>.</returns>
    public RuleCatalogReload Reload() => new(RuleCatalogReloadOutcome.Unchanged, Revision, Revision.ContentHash);
}

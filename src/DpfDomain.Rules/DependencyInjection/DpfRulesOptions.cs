using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;

namespace DpfDomain.Rules.DependencyInjection;

/// <summary>
/// What <see cref="Microsoft.Extensions.DependencyInjection.DpfRulesServiceCollectionExtensions.AddDpfRules"/> registers: the county and
/// where the rule sets come from. Mutable while being configured; read once at registration.
/// </summary>
public sealed class DpfRulesOptions
{
    private readonly List<string> _directories = [];
    private readonly List<(Assembly Assembly, string Prefix)> _resources = [];
    private readonly List<RuleSetSource> _sources = [];

    /// <summary>The six-digit county-level division code the catalog is evaluated for, e.g. <c>340123</c>. Required.</summary>
    public string? County { get; set; }

    /// <summary>
    /// Whether to load and compile the rule sets during <c>AddDpfRules</c>, so that a problem in
    /// them stops the host at start-up (a <see cref="Loading.RuleSetLoadException"/>) instead of
    /// at the first request. Off by default: the catalog is built when first resolved.
    /// </summary>
    public bool LoadEagerly { get; set; }

    /// <summary>
    /// Whether to watch the directories added with <see cref="AddDirectory"/> and put each valid
    /// edit in service without a restart (a <see cref="RuleFolderCatalogProvider"/>); an edit with
    /// problems is refused and logged, and the last good catalog stays. Off by default: the
    /// catalog is loaded once. Needs at least one directory; the other sources are read again
    /// with each reload. See docs/hot-reload.md.
    /// </summary>
    public bool ReloadOnChange { get; set; }

    /// <summary>How edits are noticed and applied when <see cref="ReloadOnChange"/> is set.</summary>
    public RuleFolderOptions Reloading { get; } = new();

    /// <summary>The directories added so far.</summary>
    public IReadOnlyList<string> Directories => _directories;

    /// <summary>The embedded-resource sets added so far.</summary>
    public IReadOnlyList<(Assembly Assembly, string Prefix)> EmbeddedResources => _resources;

    /// <summary>The individual sources added so far.</summary>
    public IReadOnlyList<RuleSetSource> Sources => _sources;

    /// <summary>Loads every <c>*.ruleset.json</c> file under a directory.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>These options.</returns>
    public DpfRulesOptions AddDirectory(string path)
    {
        _directories.Add(path);
        return this;
    }

    /// <summary>
    /// Loads the reference catalog P1–P9 embedded in this package (<see cref="Catalog.ReferenceCatalog"/>),
    /// with its parameter values as shipped: no folder is needed. A county that sets its own values
    /// writes the catalog to a folder once (<c>dpf init rules</c>) and uses <see cref="AddDirectory"/>
    /// instead of this: beside such a folder, every program is defined twice and the catalog does not load.
    /// </summary>
    /// <returns>These options.</returns>
    public DpfRulesOptions AddReferenceCatalog() =>
        AddEmbeddedResources(typeof(Catalog.ReferenceCatalog).Assembly, Catalog.ReferenceCatalog.ResourcePrefix);

    /// <summary>Loads every embedded <c>*.ruleset.json</c> resource of an assembly whose name starts with a prefix.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="prefix">The resource-name prefix; empty for all.</param>
    /// <returns>These options.</returns>
    public DpfRulesOptions AddEmbeddedResources(Assembly assembly, string prefix = "")
    {
        _resources.Add((assembly, prefix));
        return this;
    }

    /// <summary>Loads a rule set from a stream, opened when the catalog is built.</summary>
    /// <param name="name">The name shown in diagnostics.</param>
    /// <param name="open">Opens the stream; the loader disposes it.</param>
    /// <returns>These options.</returns>
    public DpfRulesOptions AddStream(string name, Func<Stream> open)
    {
        _sources.Add(RuleSetSource.FromStream(name, open));
        return this;
    }

    /// <summary>Loads a rule set from any source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>These options.</returns>
    public DpfRulesOptions AddSource(RuleSetSource source)
    {
        _sources.Add(source);
        return this;
    }
}

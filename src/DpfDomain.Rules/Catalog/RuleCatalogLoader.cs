using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Catalog;

/// <summary>
/// The way from files to a catalog's versions: each source is read and checked (the loader),
/// compiled (the compiler), and made a <see cref="ProgramVersion"/> when it has no problem; then
/// the files of one program are checked against each other. Every problem of every file is collected.
/// </summary>
internal static class RuleCatalogLoader
{
    public static (List<ProgramVersion> Versions, List<RuleDiagnostic> Diagnostics) Load(IEnumerable<RuleSetSource> sources)
    {
        var versions = new List<ProgramVersion>();
        var headers = new List<ProgramHeader>();
        var bySource = new List<List<RuleDiagnostic>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var bag = new DiagnosticBag(source.Name);
            var ruleSet = RuleSetLoader.Read(source, bag);
            var compiled = ruleSet is null ? null : RuleSetCompiler.Compile(ruleSet, bag);
            index.TryAdd(source.Name, bySource.Count);
            bySource.Add([.. bag.Items]);
            if (ruleSet is not null && compiled is not null && !bag.HasErrors)
            {
                versions.Add(new ProgramVersion(ruleSet.Document, ruleSet.Source, ruleSet.ContentHash, ruleSet.EffectiveFrom, ruleSet.EffectiveUntil, compiled));
            }

            if (ruleSet?.Header is { } header)
            {
                headers.Add(header);
            }
        }

        foreach (var diagnostic in RuleSetLoader.CheckAcrossFiles(headers))
        {
            bySource[index[diagnostic.File]].Add(diagnostic);
        }

        // Every problem, in source order, then line and column within each source.
        var diagnostics = bySource.SelectMany(list => list.OrderBy(d => d.Line).ThenBy(d => d.Column)).ToList();
        return (versions, diagnostics);
    }
}

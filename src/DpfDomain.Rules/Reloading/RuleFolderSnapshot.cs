using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// The rule-set files of some folders (and other sources) read once into memory, with their
/// fingerprint: the loader then compiles exactly the bytes that were fingerprinted, even if a
/// file changes again meanwhile. A file that cannot be read is kept as a source that fails the
/// same way, so the loader reports it in its usual words.
/// </summary>
internal sealed class RuleFolderSnapshot
{
    private RuleFolderSnapshot(IReadOnlyList<RuleSetSource> sources, string contentHash, IReadOnlyList<RuleDiagnostic> problems)
    {
        Sources = sources;
        ContentHash = contentHash;
        Problems = problems;
    }

    /// <summary>The sources, reading from memory.</summary>
    public IReadOnlyList<RuleSetSource> Sources { get; }

    /// <summary>The fingerprint (<see cref="CatalogContentHash"/>); equal to the catalog's when they load.</summary>
    public string ContentHash { get; }

    /// <summary>Folders that cannot be read or hold no rule set.</summary>
    public IReadOnlyList<RuleDiagnostic> Problems { get; }

    public static RuleFolderSnapshot Read(IReadOnlyList<string> folders, IReadOnlyList<RuleSetSource> otherSources)
    {
        var files = new List<(RuleSetSource Source, string Hash)>();
        var problems = new List<RuleDiagnostic>();
        foreach (var folder in folders)
        {
            IReadOnlyList<RuleSetSource> found;
            try
            {
                found = RuleSetSource.FromDirectory(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(ReloadDiagnostics.FolderUnreadable(folder, SystemReasons.Of(exception)));
                continue;
            }

            if (found.Count == 0)
            {
                problems.Add(ReloadDiagnostics.NoRuleSets(folder));
            }

            files.AddRange(found.Select(ReadOne));
        }

        files.AddRange(otherSources.Select(ReadOne));
        var hash = CatalogContentHash.Of([.. files.Select(f => (f.Source.Name, f.Hash)), .. problems.Select(p => (p.File, $"problem:{(int)p.Code}:{p.Message}"))]);
        return new RuleFolderSnapshot([.. files.Select(f => f.Source)], hash, problems);
    }

    private static (RuleSetSource Source, string Hash) ReadOne(RuleSetSource source)
    {
        try
        {
            var bytes = source.ReadAllBytes();
            return (RuleSetSource.FromStream(source.Name, () => new MemoryStream(bytes, writable: false)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var failure = ExceptionDispatchInfo.Capture(exception);
            return (RuleSetSource.FromStream(source.Name, () =>
            {
                failure.Throw();
                return Stream.Null;
            }), $"unreadable:{exception.GetType().Name}:{exception.Message}");
        }
    }
}

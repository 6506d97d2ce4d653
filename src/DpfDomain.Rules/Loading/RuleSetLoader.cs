using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>Loads, checks and compiles rule-set sources, collecting every problem of every file.</summary>
internal static class RuleSetLoader
{
    /// <summary>
    /// Reads and checks one source, reporting into <paramref name="bag"/>: the checked rule set, or
    /// <see langword="null"/> when the file cannot be read, is not JSON, cannot be deserialised or
    /// is too large to compile. Its expressions are compiled by the next stage.
    /// </summary>
    public static CheckedRuleSet? Read(RuleSetSource source, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            bytes = source.ReadAllBytes();
        }
        catch (RuleSetSource.TooLargeException)
        {
            bag.Report(FileMessages.RuleSetTooLarge(RuleSetSource.MaximumBytes), new SourcePosition(1, 1));
            return null;
        }
        catch (UnreadableFileException refused)
        {
            bag.Report(refused.Problem, new SourcePosition(1, 1));
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            bag.Report(FileMessages.RuleSetUnreadable(exception.Message), new SourcePosition(1, 1));
            return null;
        }

        var lines = new SourceLines(bytes);
        var root = SourceParser.Parse(lines, SourceParser.RuleSetMaximumDepth, out var syntax);
        if (root is null)
        {
            var problem = syntax ?? new SyntaxError(new SourcePosition(1, 1), FileMessages.Empty);
            bag.Report(FileMessages.NotJson(problem.Problem), problem.Position);
            return null;
        }

        var shape = new ShapeValidator(RuleSetJson.Options, bag);
        shape.Validate(root, typeof(RuleSetDocument), string.Empty, null);
        // A misspelt key corrected by the shape check is read as the key meant, so that the later checks still run.
        var document = Deserialize(shape.CorrectedKeys ? SourceJson.Write(root) : lines.Text, lines, bag);
        if (document is null)
        {
            if (!bag.HasErrors)
            {
                // "null" is valid JSON but no rule set: without this the program would silently vanish from the catalog.
                bag.Report(FileMessages.NoRuleSet(), new SourcePosition(1, 1));
            }

            return null;
        }

        // Each later stage still runs after problems were found, so that one load reports them
        // all; a stage skips, explicitly, what earlier problems left absent (a null item of a
        // list, a misspelt key, a value that did not parse).
        SourceBinder.Bind(document, root);
        var checker = new DocumentChecker(bag, shape.ObjectsWithUnknownKeys);
        checker.Check(document);
        if (!RuleSetSizeCheck.Check(document, bag))
        {
            return null;
        }

        var header = checker.EffectiveFrom == default || string.IsNullOrWhiteSpace(document.Program.Id)
            ? null
            : new ProgramHeader(document.Program.Id, document.Program.Version, checker.EffectiveFrom, checker.EffectiveUntil, source.Name, document.Program.Source);
        // Of the bytes as saved, whatever their encoding: the folder watcher's fingerprint is of the same bytes, and a file re-saved in another encoding is a new version of it.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new CheckedRuleSet(document, source.Name, hash, checker.EffectiveFrom, checker.EffectiveUntil, checker.ParameterValues, header);
    }

    private static RuleSetDocument? Deserialize(ReadOnlySpan<byte> text, SourceLines lines, DiagnosticBag bag)
    {
        try
        {
            return JsonSerializer.Deserialize<RuleSetDocument>(text, bag.HasErrors ? RuleSetJson.Lenient : RuleSetJson.Options);
        }
        catch (JsonException exception) when (bag.HasErrors)
        {
            _ = exception;
            return null;
        }
        catch (JsonException exception)
        {
            bag.Report(FileMessages.NotARuleSet(exception.Message), lines.Of(exception));
            return null;
        }
    }

    /// <summary>Checks the files of one program against each other: duplicate versions, overlapping periods.</summary>
    public static IEnumerable<RuleDiagnostic> CheckAcrossFiles(IReadOnlyList<ProgramHeader> headers)
    {
        foreach (var group in headers.GroupBy(v => v.Id, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(v => v.From).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (earlier, later) = (ordered[j], ordered[i]);
                    var bag = new DiagnosticBag(later.Source);
                    var programNode = later.Program;
                    if (earlier.Version == later.Version)
                    {
                        bag.Report(CatalogMessages.VersionDefinedTwice(later.Id, later.Version, earlier.Source), programNode.Get("Version").Position);
                    }
                    else if (earlier.Until is null || earlier.Until >= later.From)
                    {
                        bag.Report(CatalogMessages.PeriodsOverlap(later.Id, later.Version, later.From, earlier.Version, earlier.Source), programNode.Get("EffectiveFrom").Position);
                    }

                    foreach (var diagnostic in bag.Items)
                    {
                        yield return diagnostic;
                    }
                }
            }
        }
    }
}

/// <summary>What the cross-file checks need of a file, even one with problems of its own.</summary>
internal sealed record ProgramHeader(string Id, string Version, NodaTime.LocalDate From, NodaTime.LocalDate? Until, string Source, SourceNode Program);

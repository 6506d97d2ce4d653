using System.Globalization;
using System;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// Where a person, employer or case was read from: the file and its node, to give a problem found
/// later its line and column, and the file's top value with the node's path in it
/// (<c>Cases[2].Person</c>; empty for a file of its own), to say in words where the problem is.
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Node">The object's node; the paths of its problems start here.</param>
/// <param name="Root">The file's top value; null when it is <paramref name="Node"/>.</param>
/// <param name="Path">The path of <paramref name="Node"/> in <paramref name="Root"/>; empty for the top value.</param>
internal sealed record SourceLocation(string File, SourceNode Node, SourceNode? Root = null, string Path = "")
{
    /// <summary>Whether the object is a file of its own (a person or employer file), not part of a case file.</summary>
    public bool IsWholeFile => Path.Length == 0;

    /// <summary>Where a path of the object is, in words and then its path in the file in brackets (<see cref="LocationWords.Of"/>).</summary>
    /// <param name="field">The path within the object, such as <c>Household.Members[0].Id</c>; null or empty for the object itself.</param>
    /// <returns>The location in both languages.</returns>
    public BilingualText Words(string? field) => LocationWords.Of(PathOf(field), Root ?? Node);

    /// <summary>The problem with the file, line and column of its field in front (the object's own position when the field cannot be followed).</summary>
    public CaseInputException Locate(CaseInputException problem)
    {
        if (problem.Positioned)
        {
            return problem;
        }

        var line = Diagnostic(problem);
        return new CaseInputException(line.Format(chinese: false), line.Format(chinese: true), problem.Field) { Positioned = true, Code = problem.Code, Problem = problem.Problem };
    }

    /// <summary>The problem as a diagnostic at its field's line and column, with its fix (the usual fix of its code when it has none of its own).</summary>
    public RuleDiagnostic Diagnostic(CaseInputException problem) =>
        new(File, Find(problem.Field), null, problem.Problem ?? DiagnosticDescriptors.For(problem.Code).Message(problem.Message, problem.MessageZh));

    private string PathOf(string? field) =>
        string.IsNullOrEmpty(field) ? Path
        : Path.Length == 0 ? field
        : field.StartsWith('[') ? Path + field
        : $"{Path}.{field}";

    /// <summary>The same for any other exception about this object.</summary>
    public CaseInputException Locate(Exception problem, string? field) =>
        Locate(problem as CaseInputException ?? new CaseInputException(problem.Message, problem.Message, field));

    /// <summary>The position of a path such as <c>Household.Members[0].Certificate.IssuedOn</c>: as deep as it can be followed.</summary>
    private SourcePosition Find(string? field)
    {
        var node = Node;
        foreach (var part in (field ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var index = part.IndexOf('[', StringComparison.Ordinal);
            if (index >= 0)
            {
                name = part[..index];
            }

            if (name.Length > 0 && node[name] is { } child)
            {
                node = child;
            }
            else if (name.Length > 0)
            {
                break;
            }

            for (; index >= 0 && index < part.Length; index = part.IndexOf('[', index + 1))
            {
                var end = part.IndexOf(']', index);
                if (end < 0 || !int.TryParse(part.AsSpan(index + 1, end - index - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var item) || node.At(item) is not { } element)
                {
                    return node.Position;
                }

                node = element;
            }
        }

        return node.Position;
    }
}

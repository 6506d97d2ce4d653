using System.Globalization;
using System;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Where a person, employer or case was read from: the file and its node, to give a problem found later its line and column.</summary>
internal sealed record SourceLocation(string File, SourceNode Node)
{
    /// <summary>The problem with the file, line and column of its field in front (the object's own position when the field cannot be followed).</summary>
    public CaseInputException Locate(CaseInputException problem)
    {
        if (problem.Positioned)
        {
            return problem;
        }

        var position = Find(problem.Field);
        var where = string.Create(CultureInfo.InvariantCulture, $"{File}:{position.Line}:{position.Column}: DPF{(int)problem.Code}");
        return new CaseInputException($"{where} {problem.Message}", $"{where} {problem.MessageZh}", problem.Field) { Positioned = true, Code = problem.Code };
    }

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

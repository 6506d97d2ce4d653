using System.Collections.Generic;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics;

/// <summary>Collects the diagnostics of one source.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<RuleDiagnostic> _items = [];

    public DiagnosticBag(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<RuleDiagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    /// <summary>Reports a problem from the message catalogue at a position, in a rule or none.</summary>
    public void Report(DiagnosticMessage message, SourcePosition position, string? ruleName = null) =>
        _items.Add(new RuleDiagnostic(File, position, ruleName, message));

    public void AddRange(IEnumerable<RuleDiagnostic> diagnostics) => _items.AddRange(diagnostics);
}

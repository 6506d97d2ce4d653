using System.Collections.Generic;

namespace DpfDomain.Rules.Diagnostics;

/// <summary>Collects the diagnostics of one source.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<RuleDiagnostic> _items = [];

    public DiagnosticBag(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<RuleDiagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(SourcePosition position, DiagnosticCode code, string? ruleName, string message, string messageZh, string hint, string hintZh) =>
        _items.Add(new RuleDiagnostic(File, position.Line, position.Column, code, ruleName, message, messageZh, hint, hintZh));

    public void AddRange(IEnumerable<RuleDiagnostic> diagnostics) => _items.AddRange(diagnostics);
}

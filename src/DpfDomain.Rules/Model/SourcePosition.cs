namespace DpfDomain.Rules.Model;

/// <summary>A 1-based line and column (in characters).</summary>
internal readonly record struct SourcePosition(int Line, int Column);

using System.Collections.Generic;

namespace DpfDomain.Population.Files;

/// <summary>One data row of a table file: its row number as a spreadsheet shows it, and its cells as text.</summary>
/// <param name="Row">The 1-based row (line) where the record starts; the header is row 1.</param>
/// <param name="Cells">The cells, in header order; null or empty when blank.</param>
internal sealed record TabularRow(int Row, IReadOnlyList<string?> Cells);

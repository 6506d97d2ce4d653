namespace DpfDomain.Testing;

/// <summary>The file format <see cref="RollFileWriter"/> writes.</summary>
public enum RollFileFormat
{
    /// <summary>CSV (<c>.csv</c>), streamed row by row: memory stays flat for any number of people.</summary>
    Csv = 1,

    /// <summary>An Excel workbook (<c>.xlsx</c>) with one sheet per file; a sheet holds at most 1,048,575 data rows, and the households are enumerated once per file written.</summary>
    Xlsx,
}

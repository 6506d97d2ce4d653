namespace DpfDomain.Testing;

/// <summary>How <see cref="RollFileWriter"/> writes files. Mutable while being configured; the writer takes a copy.</summary>
public sealed class RollFileOptions
{
    /// <summary>CSV (the default) or xlsx.</summary>
    public RollFileFormat Format { get; set; } = RollFileFormat.Csv;

    /// <summary>For CSV: UTF-8 with a byte-order mark (the default) or GB18030.</summary>
    public RollTextEncoding Encoding { get; set; } = RollTextEncoding.Utf8WithBom;
}

namespace DpfDomain.Testing;

/// <summary>The text encoding of CSV files written by <see cref="RollFileWriter"/> (workbooks have none).</summary>
public enum RollTextEncoding
{
    /// <summary>UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens it correctly.</summary>
    Utf8WithBom = 1,

    /// <summary>GB18030 (a superset of GBK), what Excel and WPS write on Chinese Windows when a file is saved as CSV.</summary>
    Gb18030,
}

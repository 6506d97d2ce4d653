using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace DpfDomain.Rules.Catalog;

/// <summary>
/// The fingerprint of a set of rule-set files: SHA-256 over each file's name and the SHA-256 of
/// its bytes, in ordinal name order. A loaded catalog and the files it was loaded from give the
/// same fingerprint, so a reload can tell unchanged files without compiling them.
/// </summary>
internal static class CatalogContentHash
{
    /// <summary>The fingerprint of files given as (name, lower-case hex SHA-256 of the bytes, or any other text for a file that could not be read).</summary>
    public static string Of(IEnumerable<(string Name, string FileHash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, fileHash) in files.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.FileHash, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(fileHash));
            hash.AppendData([(byte)'\n']);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

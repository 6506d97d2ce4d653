using System;

namespace DpfDomain.Identity;

/// <summary>ISO 7064 MOD 11-2 as used by GB 11643-1999.</summary>
internal static class IdChecksum
{
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static ReadOnlySpan<char> CheckCharacters => "10X98765432";

    /// <summary>Computes the check character of 17 ASCII digits (not validated here).</summary>
    public static char Compute(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}

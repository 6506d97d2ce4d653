using System;

namespace DpfDomain;

/// <summary>How personal data is masked wherever it is shown by default.</summary>
internal static class Masking
{
    /// <summary>The character that replaces hidden characters.</summary>
    public const char MaskCharacter = '*';

    /// <summary>Keeps the first 6 and last 4 characters of an identity number: <c>340123********123X</c>.</summary>
    public static string MaskIdNumber(string value)
    {
        if (value.Length <= 10)
        {
            return new string(MaskCharacter, value.Length);
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[6..^4].Fill(MaskCharacter);
        });
    }
}

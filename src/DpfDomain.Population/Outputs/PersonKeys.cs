using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using DpfDomain.Identity;

namespace DpfDomain.Population.Outputs;

/// <summary>
/// A keyed pseudonym for each person (HMAC-SHA-256 of the identity number, 20 hex digits), so that
/// decision files with masked identity numbers can still be compared month to month. Without the
/// key, a pseudonym cannot be turned back into an identity number (an unkeyed hash could: the
/// numbers of one county are few enough to try them all). Keep the key with the county's records;
/// runs compared with each other must use the same key. Thread-safe.
/// </summary>
public sealed class PersonKeys
{
    /// <summary>The smallest key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 16;

    private readonly IncrementalHash _hmac;
    private readonly Lock _gate = new();

    /// <summary>Creates pseudonyms with a key.</summary>
    /// <param name="key">At least 16 secret bytes.</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    public PersonKeys(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"A pseudonym key has at least {MinimumKeyBytes} bytes; this one has {key.Length}.", nameof(key));
        }

        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        Span<byte> check = stackalloc byte[32];
        _hmac.AppendData("DpfDomain pseudonym key fingerprint"u8);
        _hmac.GetHashAndReset(check);
        Fingerprint = Convert.ToHexStringLower(check[..8]);
    }

    /// <summary>
    /// A short value that tells keys apart without revealing them (HMAC of a fixed text): decision
    /// files carry it, so that a change list against a file written with another key is refused
    /// instead of listing everyone as both new and stopped.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>A new random 32-byte key.</summary>
    /// <returns>The key bytes, to be stored and used again next month.</returns>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The pseudonym of a person.</summary>
    /// <param name="id">The identity number.</param>
    /// <returns>20 lower-case hex digits.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public string Of(ResidentIdNumber id)
    {
        if (!id.IsInitialised)
        {
            throw new ArgumentException("The identity number is the uninitialised default value.", nameof(id));
        }

        Span<byte> text = stackalloc byte[18];
        Encoding.ASCII.GetBytes(id.ToUnmaskedString(), text);
        Span<byte> hash = stackalloc byte[32];
        lock (_gate)
        {
            // One keyed instance, reset after each hash: the key is not set up again for every person.
            _hmac.AppendData(text);
            _hmac.GetHashAndReset(hash);
        }

        return Convert.ToHexStringLower(hash[..10]);
    }

    /// <summary>Says that this holds a key, without showing it.</summary>
    /// <returns>A fixed text.</returns>
    public override string ToString() => "PersonKeys (key hidden)";
}

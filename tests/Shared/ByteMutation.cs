using FsCheck;
using FsCheck.Fluent;

namespace DpfDomain.Tests.Shared;

/// <summary>What a damaged or hostile file looks like next to a good one: bytes flipped, inserted, deleted, overwritten, cut off or repeated.</summary>
internal enum ByteMutationKind
{
    Flip,
    Insert,
    Delete,
    Overwrite,
    Truncate,
    Duplicate,
}

/// <summary>One change to a file's bytes; positions and lengths are taken modulo the file's length, so any value fits any file.</summary>
internal sealed record ByteMutation(ByteMutationKind Kind, int Position, int Length, byte Value)
{
    /// <summary>Bytes that mean something to JSON, CSV, UTF-8 or GB18030, given as often as any other byte.</summary>
    private static readonly byte[] Meaningful = [.. "\"{}[],:\\\r\n\t 0-9e.+tfn"u8.ToArray(), 0x00, 0x7F, 0x80, 0x81, 0xA1, 0xC3, 0xE6, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, (byte)'P', (byte)'K', 0x03, 0x04];

    /// <summary>One to four mutations of any kind, spans of up to 4 KB.</summary>
    public static Gen<ByteMutation[]> Several { get; } =
        from count in Gen.Choose(1, 4)
        from mutations in One.ArrayOf(count)
        select mutations;

    private static Gen<ByteMutation> One =>
        from kind in Gen.Elements(Enum.GetValues<ByteMutationKind>())
        from position in Gen.Choose(0, int.MaxValue)
        from length in Gen.Frequency((3, Gen.Choose(1, 16)), (1, Gen.Choose(1, 4096)))
        from value in Gen.OneOf(Gen.Elements(Meaningful), Gen.Choose(0, 255).Select(b => (byte)b))
        select new ByteMutation(kind, position, length, value);

    /// <summary>Applies mutations one after another.</summary>
    public static byte[] ApplyAll(byte[] bytes, IEnumerable<ByteMutation> mutations) => mutations.Aggregate(bytes, (current, mutation) => mutation.Apply(current));

    /// <summary>The bytes after this mutation.</summary>
    public byte[] Apply(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Kind is ByteMutationKind.Insert ? [Value] : bytes;
        }

        var at = Position % bytes.Length;
        var span = Math.Min(Length, bytes.Length - at);
        return Kind switch
        {
            ByteMutationKind.Flip => [.. bytes[..at], (byte)(bytes[at] ^ (1 << (Value % 8))), .. bytes[(at + 1)..]],
            ByteMutationKind.Insert => [.. bytes[..at], .. Enumerable.Repeat(Value, 1 + (Length % 4)), .. bytes[at..]],
            ByteMutationKind.Delete => [.. bytes[..at], .. bytes[(at + span)..]],
            ByteMutationKind.Overwrite => [.. bytes[..at], .. Enumerable.Repeat(Value, span), .. bytes[(at + span)..]],
            ByteMutationKind.Truncate => bytes[..at],
            _ => [.. bytes[..(at + span)], .. bytes[at..(at + span)], .. bytes[(at + span)..]],
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Position} ({Length}, 0x{Value:X2})";
}

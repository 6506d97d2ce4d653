using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DpfDomain.Population.Outputs;

/// <summary>Splits a stream into lines of bytes, never holding more than a bounded line in memory.</summary>
internal static class BoundedLines
{
    internal static async IAsyncEnumerable<(long Number, ReadOnlyMemory<byte> Line, bool TooLong)> ReadAsync(Stream stream, int maximum, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>();
        var number = 0L;
        var tooLong = false;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(buffer.AsSpan(start, i - start));
                number++;
                if (tooLong || line.WrittenCount > 0)
                {
                    yield return (number, Trimmed(line.WrittenMemory), tooLong);
                }

                line.ResetWrittenCount();
                tooLong = false;
                start = i + 1;
            }

            Append(buffer.AsSpan(start, read - start));
        }

        if (line.WrittenCount > 0 || tooLong)
        {
            yield return (number + 1, Trimmed(line.WrittenMemory), tooLong);
        }

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (tooLong || line.WrittenCount + bytes.Length > maximum)
            {
                tooLong = true;
                line.ResetWrittenCount();
                return;
            }

            line.Write(bytes);
        }
    }

    private static ReadOnlyMemory<byte> Trimmed(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}

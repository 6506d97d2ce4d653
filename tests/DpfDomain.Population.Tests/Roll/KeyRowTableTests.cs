using DpfDomain.Population.Roll;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Roll;

public sealed class KeyRowTableTests
{
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public void SetAndLookUp_AgreeWithADictionary((long Key, ushort Row)[] operations, long[] probes, byte capacity)
    {
        var table = new KeyRowTable(capacity);
        var model = new Dictionary<long, int>();
        var step = 0;
        foreach (var (key, row) in operations)
        {
            if (++step == operations.Length / 2)
            {
                // Making room part way keeps every key and row.
                table.Reserve(operations.Length * 3);
            }

            // Narrow keys collide and cluster; wide ones spread: both shapes are exercised.
            var narrow = key % 64;
            table.Set(narrow, row);
            model[narrow] = row;
            table.Set(key, row + 1);
            model[key] = row + 1;
        }

        Assert.Equal(model.Count, table.Count);
        foreach (var (key, row) in model)
        {
            Assert.True(table.TryGetValue(key, out var found));
            Assert.Equal(row, found);
        }

        foreach (var probe in probes)
        {
            Assert.Equal(model.TryGetValue(probe, out var expected), table.TryGetValue(probe, out var found));
            Assert.Equal(model.ContainsKey(probe) ? expected : 0, model.ContainsKey(probe) ? found : 0);
            Assert.Equal(model.ContainsKey(probe), table.ContainsKey(probe));
        }
    }

    [Fact]
    public void AMillionIdentityKeys_AreAllFound_WithTheirRows()
    {
        var table = new KeyRowTable();
        const long first = 34012319550622568;
        for (var i = 0; i < 1_000_000; i++)
        {
            table.Set(first + (i * 10L), i + 2);
        }

        Assert.Equal(1_000_000, table.Count);
        for (var i = 0; i < 1_000_000; i += 997)
        {
            Assert.True(table.TryGetValue(first + (i * 10L), out var row));
            Assert.Equal(i + 2, row);
            Assert.False(table.ContainsKey(first + (i * 10L) + 1));
        }

        Assert.InRange(table.Bytes, 1_000_000 * 12L, 1_000_000 * 12L * 2);
    }

    [Fact]
    public void ZeroAndNegativeKeys_AreKeys_AndANegativeRowIsRefused()
    {
        var table = new KeyRowTable();
        table.Set(0, 0);
        table.Set(long.MinValue, 7);
        table.Set(-1, int.MaxValue);

        Assert.True(table.TryGetValue(0, out var zero));
        Assert.Equal(0, zero);
        Assert.True(table.TryGetValue(long.MinValue, out var min));
        Assert.Equal(7, min);
        Assert.True(table.TryGetValue(-1, out var max));
        Assert.Equal(int.MaxValue, max);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Set(5, -1));
        Assert.Equal(3, table.Count);
    }
}

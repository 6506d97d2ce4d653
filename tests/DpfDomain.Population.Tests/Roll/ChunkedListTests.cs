using DpfDomain.Population.Roll;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Roll;

public sealed class ChunkedListTests
{
    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public void Values_ComeBackInOrder(int[] values, byte repeat)
    {
        var list = new ChunkedList<int>();
        var model = new List<int>();
        for (var r = 0; r <= repeat; r++)
        {
            foreach (var value in values)
            {
                list.Add(value + r);
                model.Add(value + r);
            }
        }

        Assert.Equal(model.Count, list.Count);
        Assert.Equal(model, Enumerable.Range(0, list.Count).Select(i => list[i]));
    }

    [Fact]
    public void ReleasedChunks_AreNotReadAgain_ButTheRestIs()
    {
        var list = new ChunkedList<long>();
        for (var i = 0; i < 40_000; i++)
        {
            list.Add(i);
        }

        list.Release(20_000);

        Assert.Throws<InvalidOperationException>(() => list[0]);
        Assert.Equal(20_000, list[20_000]);
        Assert.Equal(39_999, list[39_999]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[40_000]);
        list.ReleaseAll();
        Assert.Equal(40_000, list.Count);
        Assert.Throws<InvalidOperationException>(() => list[39_999]);
    }
}

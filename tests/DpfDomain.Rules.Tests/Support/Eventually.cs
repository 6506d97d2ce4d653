using System.Diagnostics;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>Waits for something the file system or a timer thread does.</summary>
internal static class Eventually
{
    /// <summary>Polls up to 10 seconds: only a hang guard, the condition normally holds within a second.</summary>
    public static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }
}

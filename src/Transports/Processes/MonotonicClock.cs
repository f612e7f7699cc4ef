using System.Diagnostics;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Processes;

/// <summary>Sleeping until a Stopwatch timestamp: on Linux, Stopwatch counts CLOCK_MONOTONIC nanoseconds.</summary>
public static class MonotonicClock
{
    public static void SleepUntil(long stopwatchTimestamp)
    {
        if (Stopwatch.Frequency != 1_000_000_000)
        {
            throw new PlatformNotSupportedException($"Stopwatch ticks at {Stopwatch.Frequency} Hz, not CLOCK_MONOTONIC nanoseconds");
        }

        Libc.SleepUntilMonotonic(stopwatchTimestamp);
    }
}

using System.Diagnostics;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.Processes;

/// <summary>The nanosecond CPU clock read against work of known length.</summary>
public class CpuTimeTests
{
    [Fact]
    public void A_busy_loop_of_a_known_length_reads_as_that_much_CPU_time()
    {
        long before = CpuTime.NanosecondsOf(Environment.ProcessId);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMilliseconds(200))
        {
        }

        double used = (CpuTime.NanosecondsOf(Environment.ProcessId) - before) / 1e6;
        // At least the loop (the thread may be descheduled a little), at most the loop plus what other threads did.
        Assert.InRange(used, 180, 400);
    }

    [Fact]
    public void The_reading_resolves_well_under_a_microsecond()
    {
        // The process's clock counts every thread, and another may run between two reads: the smallest step shows the resolution.
        long smallest = long.MaxValue;
        long last = CpuTime.NanosecondsOf(Environment.ProcessId);
        for (int i = 0; i < 100; i++)
        {
            long now = CpuTime.NanosecondsOf(Environment.ProcessId);
            smallest = Math.Min(smallest, now - last);
            last = now;
        }

        Assert.InRange(smallest, 1, 100_000);
        Assert.NotEqual(0, last % 1_000_000);
    }

    [Fact]
    public void Another_process_of_the_user_can_be_read_and_a_sleeping_one_uses_almost_nothing()
    {
        using var sleeper = Process.Start("sleep", "5");
        try
        {
            Thread.Sleep(300);
            long ns = CpuTime.NanosecondsOf(sleeper.Id);
            Assert.InRange(ns, 1, 50_000_000);
        }
        finally
        {
            sleeper.Kill();
            sleeper.WaitForExit();
        }
    }
}

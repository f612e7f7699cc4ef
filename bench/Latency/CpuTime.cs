using System.Globalization;

namespace IpcBench.Bench.Latency;

/// <summary>
/// User and system CPU time of a process, all threads, from /proc/PID/stat (in clock ticks of
/// 10 ms: runs are sized to last seconds, so that resolution is a fraction of a percent).
/// </summary>
public readonly record struct CpuTime(TimeSpan User, TimeSpan System)
{
    private const double TicksPerSecond = 100; // sysconf(_SC_CLK_TCK) on Linux

    public TimeSpan Total => User + System;

    public static CpuTime Of(int pid)
    {
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new(Ticks(fields[11]), Ticks(fields[12]));
    }

    public static CpuTime operator -(CpuTime after, CpuTime before) => new(after.User - before.User, after.System - before.System);

    private static TimeSpan Ticks(string field) =>
        TimeSpan.FromSeconds(long.Parse(field, CultureInfo.InvariantCulture) / TicksPerSecond);
}

using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    // Return the error number itself (0 on success); they do not set errno.
    [LibraryImport(Lib, EntryPoint = "clock_getcpuclockid")]
    private static partial int ClockGetCpuClockId(int pid, int* clock);

    [LibraryImport(Lib, EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clock, Timespec* time);

    /// <summary>
    /// CPU time a process has used, all its threads (exited ones too), in nanoseconds: the
    /// kernel's scheduler accounting, read through the process's CPU-time clock.
    /// </summary>
    public static long ProcessCpuNanoseconds(int pid)
    {
        int clock;
        int error = ClockGetCpuClockId(pid, &clock);
        if (error != 0)
        {
            throw new PosixException($"clock_getcpuclockid({pid})", error);
        }

        Timespec time;
        Check(ClockGetTime(clock, &time), "clock_gettime(process CPU clock)");
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }
}

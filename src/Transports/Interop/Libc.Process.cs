using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    public const int SIGKILL = 9;
    public const int SIGUSR1 = 10;
    public const int SIGTERM = 15;

    private const long SYS_pidfd_open = 434;

    [LibraryImport(Lib, EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport(Lib, EntryPoint = "getppid")]
    public static partial int GetParentPid();

    [LibraryImport(Lib, EntryPoint = "getuid")]
    public static partial uint GetUid();

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Lib, EntryPoint = "sched_setaffinity", SetLastError = true)]
    public static partial int SchedSetAffinity(int tid, nuint setSize, ulong* mask);

    [LibraryImport(Lib, EntryPoint = "sched_getaffinity", SetLastError = true)]
    public static partial int SchedGetAffinity(int tid, nuint setSize, ulong* mask);

    [LibraryImport(Lib, EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, long a1, long a2);

    private const int CLOCK_MONOTONIC = 1;
    private const int TIMER_ABSTIME = 1;

    // Returns the error number itself (0 on success); it does not set errno.
    [LibraryImport(Lib, EntryPoint = "clock_nanosleep")]
    private static partial int ClockNanosleep(int clock, int flags, Timespec* request, Timespec* remaining);

    /// <summary>
    /// Sleeps until a CLOCK_MONOTONIC time in nanoseconds, the clock behind .NET's Stopwatch on
    /// Linux, so a schedule made of Stopwatch timestamps is kept to the timer slack (~50 µs).
    /// </summary>
    public static void SleepUntilMonotonic(long nanoseconds)
    {
        var until = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        int error;
        while ((error = ClockNanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, null)) == EINTR)
        {
        }

        if (error != 0)
        {
            throw new PosixException("clock_nanosleep", error);
        }
    }

    /// <summary>A descriptor that becomes readable when process <paramref name="pid"/> exits.</summary>
    public static int PidFdOpen(int pid) => (int)Check(Syscall(SYS_pidfd_open, pid, 0), "pidfd_open");
}

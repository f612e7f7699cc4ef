using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    public const int SIG_BLOCK = 0;
    public const int SIG_SETMASK = 2;

    /// <summary>glibc's sigset_t: 1024 bits.</summary>
    public const int SigsetWords = 16;

    /// <summary>siginfo_t is 128 bytes on Linux.</summary>
    public const int SiginfoSize = 128;

    private const long SYS_gettid = 186;
    private const long SYS_tgkill = 234;

    // Returns the error number itself (0 on success); it does not set errno.
    [LibraryImport(Lib, EntryPoint = "pthread_sigmask")]
    public static partial int PthreadSigmask(int how, ulong* set, ulong* old);

    [LibraryImport(Lib, EntryPoint = "sigtimedwait", SetLastError = true)]
    public static partial int SigTimedWait(ulong* set, void* info, Timespec* timeout);

    [LibraryImport(Lib, EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, long a1, long a2, long a3);

    /// <summary>The calling thread's kernel id (the main thread's equals the process id).</summary>
    public static int GetTid() => (int)Syscall(SYS_gettid, 0, 0, 0);

    /// <summary>Sends a signal to one thread of one process; -1 with errno (ESRCH: gone) on failure.</summary>
    public static int TgKill(int pid, int tid, int signal) => (int)Syscall(SYS_tgkill, pid, tid, signal);

    /// <summary>A set holding one signal.</summary>
    public static void SigsetOf(ulong* set, int signal)
    {
        new Span<ulong>(set, SigsetWords).Clear();
        set[(signal - 1) / 64] = 1UL << ((signal - 1) % 64);
    }
}

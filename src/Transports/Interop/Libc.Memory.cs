using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    public const int PROT_READ = 0x1;
    public const int PROT_WRITE = 0x2;
    public const int MAP_SHARED = 0x1;
    public const int MAP_POPULATE = 0x8000;

    private const long SYS_futex = 202;
    private const int FUTEX_WAIT = 0;
    private const int FUTEX_WAKE = 1;

    [LibraryImport(Lib, EntryPoint = "mmap", SetLastError = true)]
    public static partial void* Mmap(void* address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport(Lib, EntryPoint = "munmap", SetLastError = true)]
    public static partial int Munmap(void* address, nuint length);

    [LibraryImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int Ftruncate(int fd, long length);

    [LibraryImport(Lib, EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, void* a1, long a2, long a3, void* a4, void* a5, long a6);

    /// <summary>
    /// Sleeps while <c>*word == expected</c>, at most <paramref name="timeoutMilliseconds"/>.
    /// Returns false for a timeout; a changed word (EAGAIN), a wake-up or EINTR all return true.
    /// The futex is shared (not FUTEX_PRIVATE), because the word lives in a mapping of two processes.
    /// </summary>
    public static bool FutexWait(int* word, int expected, int timeoutMilliseconds)
    {
        Timespec timeout = Timespec.FromMilliseconds(timeoutMilliseconds);
        if (Syscall(SYS_futex, word, FUTEX_WAIT, expected, &timeout, null, 0) == 0)
        {
            return true;
        }

        int errno = LastErrno;
        return errno switch
        {
            EAGAIN or EINTR => true,
            ETIMEDOUT => false,
            _ => throw new PosixException("futex(FUTEX_WAIT)", errno),
        };
    }

    public static void FutexWake(int* word, int count) =>
        Check(Syscall(SYS_futex, word, FUTEX_WAKE, count, null, null, 0), "futex(FUTEX_WAKE)");
}

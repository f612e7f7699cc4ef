using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    public const int EFD_CLOEXEC = O_CLOEXEC;
    public const int EFD_NONBLOCK = O_NONBLOCK;

    [LibraryImport(Lib, EntryPoint = "sem_open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint SemOpen(string name, int flags, uint mode, uint value);

    /// <summary>Initialises an unnamed semaphore in place; with a non-zero pshared it works across processes that map it.</summary>
    [LibraryImport(Lib, EntryPoint = "sem_init", SetLastError = true)]
    public static partial int SemInit(nint semaphore, int pshared, uint value);

    [LibraryImport(Lib, EntryPoint = "sem_trywait", SetLastError = true)]
    public static partial int SemTryWait(nint semaphore);

    [LibraryImport(Lib, EntryPoint = "sem_post", SetLastError = true)]
    public static partial int SemPost(nint semaphore);

    [LibraryImport(Lib, EntryPoint = "sem_timedwait", SetLastError = true)]
    public static partial int SemTimedWait(nint semaphore, Timespec* deadline);

    [LibraryImport(Lib, EntryPoint = "sem_close", SetLastError = true)]
    public static partial int SemClose(nint semaphore);

    [LibraryImport(Lib, EntryPoint = "sem_unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SemUnlink(string name);

    /// <summary>glibc defines SEM_FAILED as a null pointer.</summary>
    public static bool SemFailed(nint semaphore) => semaphore == 0;
}

using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

/// <summary>
/// Every native call of the suite lives in this partial class (one file per function family).
/// Raw externs return -1 and leave errno for the caller, because EAGAIN or EINTR are normal
/// outcomes on the hot path; wrappers that cannot fail normally throw <see cref="PosixException"/>.
/// </summary>
internal static unsafe partial class Libc
{
    private const string Lib = "libc";

    public const int ENOENT = 2;
    public const int ESRCH = 3;
    public const int EINTR = 4;
    public const int ENXIO = 6;
    public const int EAGAIN = 11;
    public const int EEXIST = 17;
    public const int EINVAL = 22;
    public const int EPIPE = 32;
    public const int ENOMSG = 42;
    public const int EIDRM = 43;
    public const int ECONNRESET = 104;
    public const int ENOTCONN = 107;
    public const int ECONNREFUSED = 111;
    public const int ETIMEDOUT = 110;

    public static int LastErrno => Marshal.GetLastPInvokeError();

    /// <summary>Throws for a -1 result, naming the call.</summary>
    public static long Check(long result, string call)
    {
        if (result == -1)
        {
            ThrowLastError(call);
        }

        return result;
    }

    [DoesNotReturn]
    public static void ThrowLastError(string call) => throw new PosixException(call, LastErrno);

    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;

        public static Timespec FromMilliseconds(int milliseconds) =>
            new() { Seconds = milliseconds / 1000, Nanoseconds = milliseconds % 1000 * 1_000_000L };

        /// <summary>An absolute CLOCK_REALTIME deadline, as sem_timedwait and mq_timed* want.</summary>
        public static Timespec RealtimeIn(int milliseconds)
        {
            long ticks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks + milliseconds * TimeSpan.TicksPerMillisecond;
            return new() { Seconds = ticks / TimeSpan.TicksPerSecond, Nanoseconds = ticks % TimeSpan.TicksPerSecond * 100 };
        }
    }
}

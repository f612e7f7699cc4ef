namespace IpcBench.Transports.Interop;

/// <summary>What an errno means to a caller that waits on another process.</summary>
internal enum ErrnoKind
{
    /// <summary>EINTR: a signal arrived; retry.</summary>
    Interrupted,

    /// <summary>EAGAIN, or ENXIO from a non-blocking open of a FIFO nobody reads yet: wait, then retry.</summary>
    WouldBlock,

    /// <summary>ETIMEDOUT: a timed call's slice ran out; check the deadline, then retry.</summary>
    TimedOut,

    /// <summary>The other side is gone: broken pipe, reset or refused connection, removed queue, no such process.</summary>
    PeerGone,

    /// <summary>Anything else: a real failure of the call.</summary>
    Other,
}

internal static partial class Libc
{
    public static ErrnoKind Classify(int errno) => errno switch
    {
        EINTR => ErrnoKind.Interrupted,
        EAGAIN or ENXIO => ErrnoKind.WouldBlock,
        ETIMEDOUT => ErrnoKind.TimedOut,
        EPIPE or ECONNRESET or ENOTCONN or ECONNREFUSED or EIDRM or ESRCH => ErrnoKind.PeerGone,
        _ => ErrnoKind.Other,
    };

    /// <summary>
    /// Polls one descriptor for one slice: true once it is ready (or hung up, which the next call
    /// reports), false when the slice ran out or a signal interrupted the wait.
    /// </summary>
    public static unsafe bool PollOnce(int fd, short events, int timeoutMilliseconds)
    {
        var poll = new PollFd { Fd = fd, Events = events };
        int ready = Poll(&poll, 1, timeoutMilliseconds);
        if (ready < 0 && LastErrno != EINTR)
        {
            ThrowLastError("poll");
        }

        return ready > 0;
    }
}

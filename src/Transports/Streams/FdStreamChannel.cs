using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Streams;

/// <summary>
/// A framed stream over file descriptors (pipes, FIFOs, sockets, standard input and output).
/// The descriptors are non-blocking: a call that would block waits in poll(2) in slices, so a
/// dead or hung peer ends the wait instead of hanging the run.
/// </summary>
public sealed unsafe class FdStreamChannel : StreamChannel
{
    private readonly int _readFd;
    private readonly int _writeFd;
    private readonly WaitPolicy _wait;
    private readonly IDisposable? _owner;
    private bool _disposed;

    /// <param name="owner">Owns the descriptors (a socket, say) and closes them; null to close them here.</param>
    public FdStreamChannel(int readFd, int writeFd, WaitPolicy wait, IDisposable? owner = null)
    {
        _readFd = readFd;
        _writeFd = writeFd;
        _wait = wait;
        _owner = owner;
        Libc.SetNonBlocking(readFd);
        Libc.SetNonBlocking(writeFd);
    }

    protected override void WriteAll(ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            for (int done = 0; done < data.Length;)
            {
                nint n = Libc.Write(_writeFd, start + done, (nuint)(data.Length - done));
                if (n >= 0)
                {
                    done += (int)n;
                    continue;
                }

                int errno = Libc.LastErrno;
                if (errno == Libc.EAGAIN)
                {
                    WaitFor(_writeFd, Libc.POLLOUT, "write");
                }
                else if (errno is Libc.EPIPE or Libc.ECONNRESET)
                {
                    throw _wait.Gone("write");
                }
                else if (errno != Libc.EINTR)
                {
                    throw new PosixException("write", errno);
                }
            }
        }
    }

    protected override int ReadSome(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                nint n = Libc.Read(_readFd, start, (nuint)buffer.Length);
                if (n > 0)
                {
                    return (int)n;
                }

                if (n == 0)
                {
                    throw _wait.Gone("read (end of stream)");
                }

                int errno = Libc.LastErrno;
                if (errno == Libc.EAGAIN)
                {
                    WaitFor(_readFd, Libc.POLLIN, "read");
                }
                else if (errno == Libc.ECONNRESET)
                {
                    throw _wait.Gone("read (connection reset)");
                }
                else if (errno != Libc.EINTR)
                {
                    throw new PosixException("read", errno);
                }
            }
        }
    }

    /// <summary>Polls until the descriptor is ready (or hung up, which the next call reports).</summary>
    private void WaitFor(int fd, short events, string operation)
    {
        Deadline deadline = _wait.Start(operation);
        var poll = new Libc.PollFd { Fd = fd, Events = events };
        while (true)
        {
            int ready = Libc.Poll(&poll, 1, WaitPolicy.SliceMilliseconds);
            if (ready > 0)
            {
                return;
            }

            if (ready < 0 && Libc.LastErrno != Libc.EINTR)
            {
                Libc.ThrowLastError("poll");
            }

            deadline.Check();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_owner is not null)
        {
            _owner.Dispose();
            return;
        }

        Libc.Close(_readFd);
        if (_writeFd != _readFd)
        {
            Libc.Close(_writeFd);
        }
    }
}

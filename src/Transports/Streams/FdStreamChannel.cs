using IpcBench.Transports.Contracts;
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

                _wait.RetryOrThrow("write");
                _wait.UntilReady(_writeFd, Libc.POLLOUT, "write");
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

                _wait.RetryOrThrow("read");
                _wait.UntilReady(_readFd, Libc.POLLIN, "read");
            }
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

using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Messages;

/// <summary>Queue messages through mq_timedsend/mq_timedreceive, each wait cut into slices.</summary>
public sealed unsafe class PosixMqChannel(int outgoing, int incoming, WaitPolicy wait) : MessageChannel
{
    private bool _disposed;

    protected override int PartSize => PosixMqTransport.MessageSize;

    protected override void SendPart(ReadOnlySpan<byte> part)
    {
        Deadline deadline = wait.Start("mq_send");
        fixed (byte* start = part)
        {
            while (true)
            {
                Libc.Timespec slice = Libc.Timespec.RealtimeIn(WaitPolicy.SliceMilliseconds);
                if (Libc.MqTimedSend(outgoing, start, (nuint)part.Length, 0, &slice) == 0)
                {
                    return;
                }

                Retry(deadline, "mq_timedsend");
            }
        }
    }

    protected override int ReceivePart(Span<byte> buffer)
    {
        Deadline deadline = wait.Start("mq_receive");
        fixed (byte* start = buffer)
        {
            while (true)
            {
                Libc.Timespec slice = Libc.Timespec.RealtimeIn(WaitPolicy.SliceMilliseconds);
                nint n = Libc.MqTimedReceive(incoming, start, (nuint)buffer.Length, null, &slice);
                if (n >= 0)
                {
                    return (int)n;
                }

                Retry(deadline, "mq_timedreceive");
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            Libc.MqClose(outgoing);
            Libc.MqClose(incoming);
        }
    }

    private static void Retry(Deadline deadline, string call)
    {
        int errno = Libc.LastErrno;
        if (errno == Libc.ETIMEDOUT)
        {
            deadline.Check();
        }
        else if (errno != Libc.EINTR)
        {
            throw new PosixException(call, errno);
        }
    }
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Messages;

/// <summary>Queue messages through mq_timedsend/mq_timedreceive, each wait one slice long.</summary>
public sealed unsafe class PosixMqChannel(int outgoing, int incoming, WaitPolicy wait) : MessageChannel
{
    private bool _disposed;

    protected override int PartSize => PosixMqTransport.MessageSize;

    protected override void SendPart(ReadOnlySpan<byte> part)
    {
        fixed (byte* start = part)
        {
            var call = new QueueCall(outgoing, start, part.Length, wait);
            wait.InSlices("mq_send", ref call, static (ref QueueCall c, int slice) =>
            {
                Libc.Timespec deadline = Libc.Timespec.RealtimeIn(slice);
                if (Libc.MqTimedSend(c.Queue, c.Buffer, (nuint)c.Length, 0, &deadline) == 0)
                {
                    return true;
                }

                c.Wait.RetryOrThrow("mq_timedsend");
                return false;
            });
        }
    }

    protected override int ReceivePart(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var call = new QueueCall(incoming, start, buffer.Length, wait);
            wait.InSlices("mq_receive", ref call, static (ref QueueCall c, int slice) =>
            {
                Libc.Timespec deadline = Libc.Timespec.RealtimeIn(slice);
                nint n = Libc.MqTimedReceive(c.Queue, c.Buffer, (nuint)c.Length, null, &deadline);
                if (n >= 0)
                {
                    c.Length = (int)n;
                    return true;
                }

                c.Wait.RetryOrThrow("mq_timedreceive");
                return false;
            });
            return call.Length;
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

    /// <summary>One queue call's arguments; a receive leaves the message length in <see cref="Length"/>.</summary>
    private struct QueueCall(int queue, byte* buffer, int length, WaitPolicy wait)
    {
        public readonly int Queue = queue;
        public readonly byte* Buffer = buffer;
        public readonly WaitPolicy Wait = wait;
        public int Length = length;
    }
}

using System.Runtime.InteropServices;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Messages;

/// <summary>
/// Queue messages through msgsnd/msgrcv. Those calls have no timeout, so a
/// <see cref="BlockingCallGuard"/> removes the queues when a call waits on a dead or hung peer,
/// which makes the call fail with EIDRM and the guard's reason is reported.
/// </summary>
public sealed unsafe class SysVMqChannel : MessageChannel
{
    private const long MessageType = 1;

    private readonly int _outgoing;
    private readonly int _incoming;
    private readonly BlockingCallGuard _guard;

    // The struct msgbuf both calls take: a long type, then the text.
    private readonly byte* _buffer = (byte*)NativeMemory.Alloc(sizeof(long) + SysVMqTransport.MessageSize);
    private bool _disposed;

    public SysVMqChannel(int outgoing, int incoming, WaitPolicy wait, Action remove)
    {
        _outgoing = outgoing;
        _incoming = incoming;
        _guard = new BlockingCallGuard(wait, remove);
        *(long*)_buffer = MessageType;
    }

    protected override int PartSize => SysVMqTransport.MessageSize;

    protected override void SendPart(ReadOnlySpan<byte> part)
    {
        part.CopyTo(new Span<byte>(_buffer + sizeof(long), part.Length));
        _guard.Enter("msgsnd");
        int result;
        while ((result = Libc.MsgSnd(_outgoing, _buffer, (nuint)part.Length, 0)) < 0 && Libc.LastErrno == Libc.EINTR)
        {
        }

        _guard.Exit();
        if (result < 0)
        {
            Fail("msgsnd");
        }
    }

    protected override int ReceivePart(Span<byte> buffer)
    {
        _guard.Enter("msgrcv");
        nint n;
        while ((n = Libc.MsgRcv(_incoming, _buffer, SysVMqTransport.MessageSize, MessageType, 0)) < 0 && Libc.LastErrno == Libc.EINTR)
        {
        }

        _guard.Exit();
        if (n < 0)
        {
            Fail("msgrcv");
        }

        new ReadOnlySpan<byte>(_buffer + sizeof(long), (int)n).CopyTo(buffer);
        return (int)n;
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            _guard.Dispose();
            NativeMemory.Free(_buffer);
        }
    }

    private void Fail(string call)
    {
        int errno = Libc.LastErrno;
        // The guard removed the queues (or the other side did, as it went away).
        if (_guard.Failure is { } failure)
        {
            throw failure;
        }

        if (errno is Libc.EIDRM or Libc.EINVAL)
        {
            throw new PeerGoneException($"SysVMq: the queue was removed during {call}: the other side has gone");
        }

        throw new PosixException(call, errno);
    }
}

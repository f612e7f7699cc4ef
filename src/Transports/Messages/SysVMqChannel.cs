using System.Runtime.InteropServices;
using IpcBench.Transports.Contracts;
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
    private readonly WaitPolicy _wait;
    private readonly BlockingCallGuard _guard;

    // The struct msgbuf both calls take: a long type, then the text.
    private readonly byte* _buffer = (byte*)NativeMemory.Alloc(sizeof(long) + SysVMqTransport.MessageSize);
    private bool _disposed;

    public SysVMqChannel(int outgoing, int incoming, WaitPolicy wait, Action remove)
    {
        _outgoing = outgoing;
        _incoming = incoming;
        _wait = wait;
        _guard = new BlockingCallGuard(wait, remove);
        *(long*)_buffer = MessageType;
    }

    protected override int PartSize => SysVMqTransport.MessageSize;

    protected override void SendPart(ReadOnlySpan<byte> part)
    {
        part.CopyTo(new Span<byte>(_buffer + sizeof(long), part.Length));
        _guard.Enter("msgsnd");
        try
        {
            while (Libc.MsgSnd(_outgoing, _buffer, (nuint)part.Length, 0) < 0)
            {
                RetryOrThrow("msgsnd");
            }
        }
        finally
        {
            _guard.Exit();
        }
    }

    protected override int ReceivePart(Span<byte> buffer)
    {
        _guard.Enter("msgrcv");
        nint n;
        try
        {
            while ((n = Libc.MsgRcv(_incoming, _buffer, SysVMqTransport.MessageSize, MessageType, 0)) < 0)
            {
                RetryOrThrow("msgrcv");
            }
        }
        finally
        {
            _guard.Exit();
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

    /// <summary>
    /// After a failed call: the guard's reason if it removed the queues; EINVAL means the queue id
    /// is gone (removed before the call), which for a queue this channel was given is the other side leaving.
    /// </summary>
    private void RetryOrThrow(string call)
    {
        if (_guard.Failure is { } failure)
        {
            throw failure;
        }

        try
        {
            _wait.RetryOrThrow(call);
        }
        catch (PosixException e) when (e.Errno == Libc.EINVAL)
        {
            throw _wait.Gone(call);
        }
    }
}

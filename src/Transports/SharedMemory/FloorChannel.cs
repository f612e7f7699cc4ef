using System.Runtime.CompilerServices;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// Two one-message mailboxes. A mailbox is [sequence:4][length:4][payload]; the sender writes
/// the payload and length, then the sequence with a release store; the receiver spins on the
/// sequence. A side sends only after it received (the peer's hello starts the alternation), so
/// a mailbox is never written while the other side still reads it: the channel enforces that.
/// </summary>
public sealed unsafe class FloorChannel : Channel
{
    public const long MappingLength = 2 * MailboxSize;

    private const int MailboxSize = 8 + FloorTransport.MailboxPayload + 120;

    private readonly SharedMapping _mapping;
    private readonly byte* _outgoing;
    private readonly byte* _incoming;
    private readonly WaitPolicy _wait;
    private int _sent;
    private int _received;
    private bool _mayReceive;

    public FloorChannel(SharedMapping mapping, bool isClient, WaitPolicy wait)
    {
        _mapping = mapping;
        _wait = wait;
        _outgoing = mapping.Start + (isClient ? 0 : MailboxSize);
        _incoming = mapping.Start + (isClient ? MailboxSize : 0);
        _mayReceive = isClient;
    }

    public override int MaxMessageSize => FloorTransport.MailboxPayload;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Send(ReadOnlySpan<byte> message)
    {
        if (_mayReceive || (uint)message.Length > FloorTransport.MailboxPayload)
        {
            throw new InvalidOperationException($"{_wait.Transport}: a mailbox takes one message of at most {FloorTransport.MailboxPayload} bytes, and only after the reply to the last one");
        }

        message.CopyTo(new Span<byte>(_outgoing + 8, message.Length));
        *(int*)(_outgoing + 4) = message.Length;
        Volatile.Write(ref *(int*)_outgoing, ++_sent);
        _mayReceive = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int Receive(Span<byte> buffer)
    {
        int expected = _received + 1;
        if (Volatile.Read(ref *(int*)_incoming) != expected)
        {
            SpinUntil(expected);
        }

        int length = *(int*)(_incoming + 4);
        if ((uint)length > (uint)buffer.Length)
        {
            throw new InvalidDataException($"{_wait.Transport}: a {length}-byte message does not fit a {buffer.Length}-byte buffer");
        }

        new ReadOnlySpan<byte>(_incoming + 8, length).CopyTo(buffer);
        _received = expected;
        _mayReceive = false;
        return length;
    }

    public override void Write(ReadOnlySpan<byte> data) => throw new NotSupportedException($"{_wait.Transport} has no bulk stream");

    public override int Read(Span<byte> buffer) => throw new NotSupportedException($"{_wait.Transport} has no bulk stream");

    protected override void Dispose(bool disposing) => _mapping.Dispose();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SpinUntil(int expected)
    {
        var spin = new SpinLoop(_wait.Start("receive"));
        int seen;
        while ((seen = Volatile.Read(ref *(int*)_incoming)) != expected)
        {
            if (seen != _received)
            {
                throw new InvalidDataException($"{_wait.Transport}: corrupted mailbox: sequence {seen}, expected {expected}");
            }

            spin.Pause();
        }
    }
}

using System.IO.Hashing;
using System.Runtime.CompilerServices;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// Two one-message mailboxes and one byte stream. A mailbox is [sequence:4][length:4] on a cache
/// line; a payload of up to 56 bytes follows on that same line (one line crosses the cores), a
/// larger one starts on the next line (cache-line aligned, so the copy's vector stores never split
/// across lines — misaligned by 8 bytes, the Shm ring once streamed at half this rate). The sender
/// writes the payload and length, then the sequence with a release store; the receiver spins on
/// the sequence. A side sends only after it received (the peer's hello starts the
/// alternation), so a mailbox is never written while the other side still reads it: the channel
/// enforces that. The stream (client to peer) is the least a stream between two cores can do:
/// bare bytes in a ring of the Shm ring's capacity, no records, no padding, no wake-up flags —
/// the writer copies each piece in once and publishes its byte count, the reader hashes the bytes
/// where they lie and publishes how far it got; each side re-reads the other's count only when
/// its cached one says full or empty. Both counts sit on cache lines of their own.
/// </summary>
public sealed unsafe class FloorChannel : Channel
{
    public const long MappingLength = StreamOffset + StreamDataOffset + StreamCapacity;

    /// <summary>The stream ring's size, the same as the Shm ring's, so that both work in the same caches.</summary>
    public const int StreamCapacity = ShmTransport.DefaultCapacity;

    private const int MailboxSize = LargePayloadOffset + FloorTransport.MailboxPayload + 64;
    private const int SmallPayloadOffset = 8;
    private const int LargePayloadOffset = 64;
    private const long StreamOffset = 2 * MailboxSize;
    private const int StreamReadCountOffset = 128;
    private const int StreamDataOffset = 256;
    private const long StreamMask = StreamCapacity - 1;

    private readonly SharedMapping _mapping;
    private readonly byte* _outgoing;
    private readonly byte* _incoming;
    private readonly WaitPolicy _wait;
    private readonly bool _isClient;
    private readonly long* _streamWritten;
    private readonly long* _streamRead;
    private readonly byte* _stream;
    private int _sent;
    private int _received;
    private bool _mayReceive;

    // The stream's own position, and the other side's as last read (writer: read + capacity).
    private long _streamPosition;
    private long _streamLimit;

    public FloorChannel(SharedMapping mapping, bool isClient, WaitPolicy wait)
    {
        _mapping = mapping;
        _wait = wait;
        _outgoing = mapping.Start + (isClient ? 0 : MailboxSize);
        _incoming = mapping.Start + (isClient ? MailboxSize : 0);
        _mayReceive = isClient;
        _isClient = isClient;
        byte* stream = mapping.Start + StreamOffset;
        _streamWritten = (long*)stream;
        _streamRead = (long*)(stream + StreamReadCountOffset);
        _stream = stream + StreamDataOffset;
        _streamLimit = isClient ? StreamCapacity : 0;
    }

    public override int MaxMessageSize => FloorTransport.MailboxPayload;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Send(ReadOnlySpan<byte> message)
    {
        if (_mayReceive || (uint)message.Length > FloorTransport.MailboxPayload)
        {
            throw new InvalidOperationException($"{_wait.Transport}: a mailbox takes one message of at most {FloorTransport.MailboxPayload} bytes, and only after the reply to the last one");
        }

        message.CopyTo(new Span<byte>(_outgoing + PayloadOffset(message.Length), message.Length));
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

        new ReadOnlySpan<byte>(_incoming + PayloadOffset(length), length).CopyTo(buffer);
        _received = expected;
        _mayReceive = false;
        return length;
    }

    /// <summary>Copies the data into the ring once, publishing each contiguous piece; waits (spinning) only when the ring is full.</summary>
    /// <summary>Where a payload of this length starts: on the header's line if it fits there, else on a line of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PayloadOffset(int length) => length <= LargePayloadOffset - SmallPayloadOffset ? SmallPayloadOffset : LargePayloadOffset;

    public override void Write(ReadOnlySpan<byte> data)
    {
        OneWay(writer: true);
        while (!data.IsEmpty)
        {
            if (_streamPosition == _streamLimit)
            {
                _streamLimit = SpinUntilMoved(_streamRead, _streamLimit - StreamCapacity, "write") + StreamCapacity;
            }

            int offset = (int)(_streamPosition & StreamMask);
            int n = (int)Math.Min(Math.Min(_streamLimit - _streamPosition, StreamCapacity - offset), data.Length);
            data[..n].CopyTo(new Span<byte>(_stream + offset, n));
            _streamPosition += n;
            Volatile.Write(ref *_streamWritten, _streamPosition);
            data = data[n..];
        }
    }

    public override int Read(Span<byte> buffer)
    {
        OneWay(writer: false);
        ReadOnlySpan<byte> piece = NextPiece(buffer.Length);
        piece.CopyTo(buffer);
        Release(piece.Length);
        return piece.Length;
    }

    /// <summary>Hashes the stream where it lies in the ring: the one read of every byte, no copy out.</summary>
    public override void Consume(long count, XxHash3 hash, Span<byte> scratch)
    {
        OneWay(writer: false);
        while (count > 0)
        {
            ReadOnlySpan<byte> piece = NextPiece((int)Math.Min(count, StreamCapacity));
            hash.Append(piece);
            Release(piece.Length);
            count -= piece.Length;
        }
    }

    protected override void Dispose(bool disposing) => _mapping.Dispose();

    /// <summary>The next contiguous published bytes, at most <paramref name="most"/>, waiting (spinning) while there are none.</summary>
    private ReadOnlySpan<byte> NextPiece(int most)
    {
        if (_streamPosition == _streamLimit)
        {
            _streamLimit = SpinUntilMoved(_streamWritten, _streamLimit, "read");
        }

        int offset = (int)(_streamPosition & StreamMask);
        int n = (int)Math.Min(Math.Min(_streamLimit - _streamPosition, StreamCapacity - offset), most);
        return new ReadOnlySpan<byte>(_stream + offset, n);
    }

    private void OneWay(bool writer)
    {
        if (writer != _isClient)
        {
            throw new NotSupportedException($"{_wait.Transport}: the stream runs one way, from the client to the peer");
        }
    }

    private void Release(int count)
    {
        _streamPosition += count;
        Volatile.Write(ref *_streamRead, _streamPosition);
    }

    /// <summary>Spins until the other side's count passes <paramref name="seen"/>; a count that goes back or jumps past the ring is corruption.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long SpinUntilMoved(long* count, long seen, string operation)
    {
        var spin = new SpinLoop(_wait.Start(operation));
        long now;
        while ((now = Volatile.Read(ref *count)) == seen)
        {
            spin.Pause();
        }

        if (now < seen || now > seen + StreamCapacity)
        {
            throw new InvalidDataException($"{_wait.Transport}: corrupted stream count: {now} after {seen}");
        }

        return now;
    }

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

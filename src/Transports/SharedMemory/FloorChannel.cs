using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// Two mailboxes and one byte stream. A mailbox message is [stamp:8][length:4] on a cache line; a
/// payload of up to 48 bytes follows on that same line (one line crosses the cores), a larger one
/// starts on the next line (cache-line aligned, so the copy's vector stores never split across
/// lines — misaligned by 8 bytes, the Shm ring once streamed at half this rate). The sender writes
/// the payload and length, then the stamp (the message's sequence XOR a random key, as the Shm
/// ring does) with a release store; the receiver spins on the stamp. Each message goes where the
/// last one ended, wrapping after the Shm ring's capacity, so that the lines written are not the
/// ones the other core just read: a fixed mailbox made every send take 64 lines back from the
/// other core first, and the Shm ring, which moves on like this, beat it at 4 KiB (0.9x here).
/// A side sends only after it received (the peer's hello starts the alternation), so a message is
/// never written where the other side still reads: the channel enforces that. The stream (client
/// to peer) is the least a stream between two cores can do: bare bytes in a ring of the Shm
/// ring's capacity, no records, no padding, no wake-up flags — the writer copies each piece in
/// once and publishes its byte count, the reader hashes the bytes where they lie and publishes
/// how far it got; each side re-reads the other's count only when its cached one says full or
/// empty. Both counts sit on cache lines of their own.
/// </summary>
public sealed unsafe class FloorChannel : Channel
{
    public const long MappingLength = StreamOffset + StreamDataOffset + StreamCapacity;

    /// <summary>The stream ring's size, the same as the Shm ring's, so that both work in the same caches.</summary>
    public const int StreamCapacity = ShmTransport.DefaultCapacity;

    /// <summary>How far mailbox messages move on before they wrap: the Shm ring's capacity, too.</summary>
    private const int MailboxSpan = ShmTransport.DefaultCapacity;

    private const int LengthOffset = 8;
    private const int SmallPayloadOffset = 16;
    private const int LargePayloadOffset = 64;
    private const long KeyOffset = 0;
    // Both mailbox areas start on a page, as the Shm ring's data does, so that a message's stamp line
    // and its first payload line share an aligned 128-byte pair in both directions, as the ring's do.
    private const long MailboxesOffset = 4096;
    private const long MailboxSize = (MailboxSpan + LargePayloadOffset + FloorTransport.MailboxPayload + 4095) & ~4095L;
    private const long StreamOffset = MailboxesOffset + 2 * MailboxSize;
    private const int StreamReadCountOffset = 128;
    private const int StreamDataOffset = 256;
    private const long StreamMask = StreamCapacity - 1;

    private readonly SharedMapping _mapping;
    private readonly byte* _outgoing;
    private readonly byte* _incoming;
    private readonly long _key;
    private readonly WaitPolicy _wait;
    private readonly bool _isClient;
    private readonly long* _streamWritten;
    private readonly long* _streamRead;
    private readonly byte* _stream;
    private long _sent;
    private long _received;
    private long _sendOffset;
    private long _receiveOffset;
    private bool _mayReceive;

    // The stream's own position, and the other side's as last read (writer: read + capacity).
    private long _streamPosition;
    private long _streamLimit;

    public FloorChannel(SharedMapping mapping, bool isClient, WaitPolicy wait)
    {
        _mapping = mapping;
        _wait = wait;
        _key = Volatile.Read(ref *(long*)(mapping.Start + KeyOffset));
        if (_key >= 0)
        {
            throw new InvalidDataException($"{wait.Transport}: the mapping's stamp key {_key:x16} lacks its top bit");
        }

        byte* mailboxes = mapping.Start + MailboxesOffset;
        _outgoing = mailboxes + (isClient ? 0 : MailboxSize);
        _incoming = mailboxes + (isClient ? MailboxSize : 0);
        _mayReceive = isClient;
        _isClient = isClient;
        byte* stream = mapping.Start + StreamOffset;
        _streamWritten = (long*)stream;
        _streamRead = (long*)(stream + StreamReadCountOffset);
        _stream = stream + StreamDataOffset;
        _streamLimit = isClient ? StreamCapacity : 0;
    }

    public override int MaxMessageSize => FloorTransport.MailboxPayload;

    /// <summary>Writes the stamp key into a fresh mapping, before the peer attaches (the top bit set: a stamp is never 0).</summary>
    public static void Initialize(SharedMapping mapping) =>
        Volatile.Write(ref *(long*)(mapping.Start + KeyOffset), BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8)) | long.MinValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Send(ReadOnlySpan<byte> message)
    {
        if (_mayReceive || (uint)message.Length > FloorTransport.MailboxPayload)
        {
            throw new InvalidOperationException($"{_wait.Transport}: a mailbox takes one message of at most {FloorTransport.MailboxPayload} bytes, and only after the reply to the last one");
        }

        byte* box = _outgoing + _sendOffset;
        message.CopyTo(new Span<byte>(box + PayloadOffset(message.Length), message.Length));
        *(int*)(box + LengthOffset) = message.Length;
        Volatile.Write(ref *(long*)box, ++_sent ^ _key);
        _sendOffset = NextOffset(_sendOffset, message.Length);
        _mayReceive = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int Receive(Span<byte> buffer)
    {
        byte* box = _incoming + _receiveOffset;
        long expected = (_received + 1) ^ _key;
        if (Volatile.Read(ref *(long*)box) != expected)
        {
            SpinUntil(box, expected);
        }

        int length = *(int*)(box + LengthOffset);
        if ((uint)length > (uint)buffer.Length || length > FloorTransport.MailboxPayload)
        {
            throw new InvalidDataException($"{_wait.Transport}: a {length}-byte message does not fit a {Math.Min(buffer.Length, FloorTransport.MailboxPayload)}-byte buffer");
        }

        new ReadOnlySpan<byte>(box + PayloadOffset(length), length).CopyTo(buffer);
        _received++;
        _receiveOffset = NextOffset(_receiveOffset, length);
        _mayReceive = false;
        return length;
    }

    /// <summary>Where a payload of this length starts: on the stamp's line if it fits there, else on a line of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PayloadOffset(int length) => length <= LargePayloadOffset - SmallPayloadOffset ? SmallPayloadOffset : LargePayloadOffset;

    /// <summary>Where the message after one of this length goes: the next free line, or the start once past the span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long NextOffset(long offset, int length)
    {
        int payload = PayloadOffset(length);
        long next = offset + (payload == SmallPayloadOffset ? LargePayloadOffset : payload + ((length + 63) & ~63));
        return next > MailboxSpan ? 0 : next;
    }

    /// <summary>Copies the data into the ring once, publishing each contiguous piece; waits (spinning) only when the ring is full.</summary>
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
    private void SpinUntil(byte* box, long expected)
    {
        var spin = new SpinLoop(_wait.Start("receive"));
        while (Volatile.Read(ref *(long*)box) != expected)
        {
            spin.Pause();
        }
    }
}

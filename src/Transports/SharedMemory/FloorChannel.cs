using System.IO.Hashing;
using System.Runtime.CompilerServices;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// Two record streams (one per direction) and one byte stream, in one mapping, with no wait but a
/// spin and no check beyond what keeps reads inside the mapping. The record streams are the Shm
/// ring's own records (<see cref="ShmRingWriter"/>, <see cref="ShmRingReader"/>): a payload written
/// once, a keyed stamp on the record's cache line published last, the reader polling that stamp —
/// the least a message can cost between two cores that we have measured. An independent mailbox
/// (stamp and length on one line, payload from the next, each message where the last ended) was
/// faster up to 48 bytes but 1.5x slower than the ring at 64 bytes here (812 against 481 ns p50,
/// interleaved 640 against 420 ns), for a reason not found (not the spin loop, the stamp's place,
/// 4 KiB aliasing, page or 128-byte alignment): a Floor that a transport beats is no floor, so the
/// Floor now sends as the ring does, without the ring's wait strategies around it. The stream
/// (client to peer) is the least a stream between two cores can do: bare bytes in a ring of the
/// Shm ring's capacity, no records, no padding, no wake-up flags — the writer copies each piece in
/// once and publishes its byte count, the reader hashes the bytes where they lie and publishes how
/// far it got; each side re-reads the other's count only when its cached one says full or empty.
/// Both counts sit on cache lines of their own.
/// </summary>
public sealed unsafe class FloorChannel : Channel
{
    public static long MappingLength => StreamOffset + StreamDataOffset + StreamCapacity;

    /// <summary>Each direction's record ring, and the stream ring: the Shm ring's size, so that all work in the same caches.</summary>
    public const int StreamCapacity = ShmTransport.DefaultCapacity;

    private const int RingCapacity = ShmTransport.DefaultCapacity;
    private static readonly long RingLength = ShmRingLayout.MappingLength(RingCapacity);
    private static readonly long StreamOffset = 2 * RingLength;
    private const int StreamReadCountOffset = 128;
    private const int StreamDataOffset = 256;
    private const long StreamMask = StreamCapacity - 1;

    private readonly SharedMapping _mapping;
    private readonly ShmRingWriter _writer;
    private readonly ShmRingReader _reader;
    private readonly WaitPolicy _wait;
    private readonly bool _isClient;
    private readonly long* _streamWritten;
    private readonly long* _streamRead;
    private readonly byte* _stream;

    // The stream's own position, and the other side's as last read (writer: read + capacity).
    private long _streamPosition;
    private long _streamLimit;

    /// <summary>Attaches to a mapping that <see cref="Initialize"/> prepared; each side checks the rings it did not write.</summary>
    public FloorChannel(SharedMapping mapping, bool isClient, WaitPolicy wait)
    {
        _mapping = mapping;
        _wait = wait;
        ShmRing toPeer = ShmRing.Validate(mapping.Start, RingLength);
        ShmRing fromPeer = ShmRing.Validate(mapping.Start + RingLength, RingLength);
        _writer = new ShmRingWriter(isClient ? toPeer : fromPeer);
        _reader = new ShmRingReader(isClient ? fromPeer : toPeer);
        _isClient = isClient;
        byte* stream = mapping.Start + StreamOffset;
        _streamWritten = (long*)stream;
        _streamRead = (long*)(stream + StreamReadCountOffset);
        _stream = stream + StreamDataOffset;
        _streamLimit = isClient ? StreamCapacity : 0;
    }

    /// <summary>The largest message: half a ring, as for Shm.</summary>
    public static int MaxMessage => ShmRingLayout.MaxMessage(RingCapacity);

    public override int MaxMessageSize => MaxMessage;

    /// <summary>Writes both rings' headers into a fresh (zero-filled) mapping, before the peer attaches.</summary>
    public static void Initialize(SharedMapping mapping)
    {
        ShmRing.Initialize(mapping.Start, RingLength, RingCapacity);
        ShmRing.Initialize(mapping.Start + RingLength, RingLength, RingCapacity);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Send(ReadOnlySpan<byte> message)
    {
        if (!_writer.TryClaim(message.Length, out Span<byte> room))
        {
            room = SpinUntilRoom(message.Length);
        }

        message.CopyTo(room);
        _writer.Commit();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int Receive(Span<byte> buffer)
    {
        if (!_reader.TryRead(out ReadOnlySpan<byte> message))
        {
            message = SpinUntilMessage();
        }

        if (message.Length > buffer.Length)
        {
            throw new InvalidDataException($"{_wait.Transport}: a {message.Length}-byte message does not fit a {buffer.Length}-byte buffer");
        }

        message.CopyTo(buffer);
        _reader.Release();
        return message.Length;
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
    private ReadOnlySpan<byte> SpinUntilMessage()
    {
        var spin = new SpinLoop(_wait.Start("receive"));
        ReadOnlySpan<byte> message;
        while (!_reader.TryRead(out message))
        {
            spin.Pause();
        }

        return message;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Span<byte> SpinUntilRoom(int length)
    {
        var spin = new SpinLoop(_wait.Start("send"));
        Span<byte> room;
        while (!_writer.TryClaim(length, out room))
        {
            spin.Pause();
        }

        return room;
    }
}

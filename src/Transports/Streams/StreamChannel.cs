using System.Buffers.Binary;
using System.IO.Hashing;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Streams;

/// <summary>
/// Message framing over a byte stream: each message is a 4-byte little-endian length and the
/// payload. Small messages leave in one write (header and payload copied into one buffer); reads
/// go through a buffer so that a small message usually arrives in one read call.
/// </summary>
public abstract class StreamChannel : Channel
{
    private const int HeaderSize = sizeof(int);
    private const int BufferSize = 64 * 1024 + HeaderSize;

    private readonly byte[] _sendBuffer = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);
    private readonly byte[] _receiveBuffer = GC.AllocateUninitializedArray<byte>(BufferSize, pinned: true);

    // Bytes read from the stream but not yet handed out: _receiveBuffer[_bufferedStart.._bufferedEnd].
    private int _bufferedStart;
    private int _bufferedEnd;

    public override int MaxMessageSize => int.MaxValue;

    /// <summary>Writes every byte of <paramref name="data"/>, waiting for room as needed.</summary>
    protected abstract void WriteAll(ReadOnlySpan<byte> data);

    /// <summary>Reads at least one byte; throws <see cref="PeerGoneException"/> at end of stream.</summary>
    protected abstract int ReadSome(Span<byte> buffer);

    public override void Send(ReadOnlySpan<byte> message)
    {
        if (message.Length <= BufferSize - HeaderSize)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_sendBuffer, message.Length);
            message.CopyTo(_sendBuffer.AsSpan(HeaderSize));
            WriteAll(_sendBuffer.AsSpan(0, HeaderSize + message.Length));
            return;
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, message.Length);
        WriteAll(header);
        WriteAll(message);
    }

    public override int Receive(Span<byte> buffer)
    {
        while (_bufferedEnd - _bufferedStart < HeaderSize)
        {
            Fill();
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(_receiveBuffer.AsSpan(_bufferedStart));
        _bufferedStart += HeaderSize;
        if (length < 0 || length > buffer.Length)
        {
            throw new InvalidDataException($"a framed message of {length} bytes does not fit a {buffer.Length}-byte buffer");
        }

        ReadExactly(buffer[..length]);
        return length;
    }

    public override void Write(ReadOnlySpan<byte> data) => WriteAll(data);

    public override int Read(Span<byte> buffer)
    {
        int buffered = _bufferedEnd - _bufferedStart;
        if (buffered == 0)
        {
            return ReadSome(buffer);
        }

        int n = Math.Min(buffered, buffer.Length);
        _receiveBuffer.AsSpan(_bufferedStart, n).CopyTo(buffer);
        _bufferedStart += n;
        return n;
    }

    public override void Consume(long count, XxHash3 hash, Span<byte> scratch)
    {
        int buffered = (int)Math.Min(_bufferedEnd - _bufferedStart, count);
        hash.Append(_receiveBuffer.AsSpan(_bufferedStart, buffered));
        _bufferedStart += buffered;
        base.Consume(count - buffered, hash, scratch);
    }

    /// <summary>Copies buffered bytes first, then reads the rest straight into the destination.</summary>
    private void ReadExactly(Span<byte> destination)
    {
        int fromBuffer = Math.Min(_bufferedEnd - _bufferedStart, destination.Length);
        _receiveBuffer.AsSpan(_bufferedStart, fromBuffer).CopyTo(destination);
        _bufferedStart += fromBuffer;
        for (int done = fromBuffer; done < destination.Length;)
        {
            done += ReadSome(destination[done..]);
        }
    }

    private void Fill()
    {
        if (_bufferedStart == _bufferedEnd)
        {
            _bufferedStart = _bufferedEnd = 0;
        }
        else if (_bufferedStart > 0)
        {
            _receiveBuffer.AsSpan(_bufferedStart, _bufferedEnd - _bufferedStart).CopyTo(_receiveBuffer);
            _bufferedEnd -= _bufferedStart;
            _bufferedStart = 0;
        }

        _bufferedEnd += ReadSome(_receiveBuffer.AsSpan(_bufferedEnd));
    }
}

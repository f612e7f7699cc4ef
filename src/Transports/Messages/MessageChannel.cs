using System.IO.Hashing;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Messages;

/// <summary>
/// A channel over a mechanism that keeps message boundaries but caps their size (message queues,
/// datagrams). A message is sent as parts of at most <see cref="PartSize"/> bytes; a part shorter
/// than that ends the message (an empty part when the length is an exact multiple), as in TFTP.
/// Bulk data goes as full parts with no terminator, since the reader knows the total.
/// </summary>
public abstract class MessageChannel : Channel
{
    private byte[]? _partBuffer;

    /// <summary>The largest part the mechanism carries.</summary>
    protected abstract int PartSize { get; }

    public override int MaxMessageSize => int.MaxValue;

    protected abstract void SendPart(ReadOnlySpan<byte> part);

    /// <summary>Receives one part into <paramref name="buffer"/> (at least <see cref="PartSize"/> bytes).</summary>
    protected abstract int ReceivePart(Span<byte> buffer);

    public override void Send(ReadOnlySpan<byte> message)
    {
        while (message.Length >= PartSize)
        {
            SendPart(message[..PartSize]);
            message = message[PartSize..];
        }

        SendPart(message);
    }

    public override int Receive(Span<byte> buffer)
    {
        int total = 0;
        while (true)
        {
            int n = buffer.Length - total >= PartSize ? ReceivePart(buffer[total..]) : ReceiveIntoSmall(buffer[total..]);
            total += n;
            if (n < PartSize)
            {
                return total;
            }
        }
    }

    /// <summary>A part may be as large as <see cref="PartSize"/>: receive it aside, then copy what fits.</summary>
    private int ReceiveIntoSmall(Span<byte> destination)
    {
        _partBuffer ??= GC.AllocateUninitializedArray<byte>(PartSize, pinned: true);
        int n = ReceivePart(_partBuffer);
        if (n > destination.Length)
        {
            throw new InvalidDataException($"a message part of {n} bytes does not fit the {destination.Length} bytes left in the buffer");
        }

        _partBuffer.AsSpan(0, n).CopyTo(destination);
        return n;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int n = Math.Min(data.Length, PartSize);
            SendPart(data[..n]);
            data = data[n..];
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length < PartSize)
        {
            throw new ArgumentException($"bulk reads need a buffer of at least {PartSize} bytes");
        }

        return ReceivePart(buffer);
    }

    /// <summary>Hashes whole parts; a part running past the stream's end means the two sides disagree.</summary>
    public override void Consume(long count, XxHash3 hash, Span<byte> scratch)
    {
        while (count > 0)
        {
            int n = Read(scratch);
            if (n > count)
            {
                throw new InvalidDataException($"a {n}-byte part overruns the stream's last {count} bytes");
            }

            hash.Append(scratch[..n]);
            count -= n;
        }
    }
}

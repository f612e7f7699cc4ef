using System.IO.Hashing;

namespace IpcBench.Transports.Contracts;

/// <summary>
/// One side of a connected transport. Messages keep their boundaries (stream transports frame
/// them, message transports use the kernel's); bulk data is a plain byte stream. Every blocking
/// call gives up after the channel's <see cref="WaitPolicy"/> and names the transport when it does.
/// </summary>
public abstract class Channel : IDisposable
{
    /// <summary>The largest message <see cref="Send"/> accepts; 0 for a wake-up-only mechanism.</summary>
    public abstract int MaxMessageSize { get; }

    /// <summary>Sends one whole message (an empty one is a pure wake-up).</summary>
    public abstract void Send(ReadOnlySpan<byte> message);

    /// <summary>Receives one whole message into <paramref name="buffer"/> and returns its length.</summary>
    public abstract int Receive(Span<byte> buffer);

    /// <summary>Writes bulk bytes; the reader sees the same bytes, not necessarily the same boundaries.</summary>
    public abstract void Write(ReadOnlySpan<byte> data);

    /// <summary>Reads at least one bulk byte into <paramref name="buffer"/> and returns how many.</summary>
    public abstract int Read(Span<byte> buffer);

    /// <summary>
    /// Reads exactly <paramref name="count"/> bulk bytes and feeds them to <paramref name="hash"/>.
    /// Transports with a zero-copy read path override it to hash in place.
    /// </summary>
    public virtual void Consume(long count, XxHash3 hash, Span<byte> scratch)
    {
        while (count > 0)
        {
            int n = Read(scratch[..(int)Math.Min(scratch.Length, count)]);
            hash.Append(scratch[..n]);
            count -= n;
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

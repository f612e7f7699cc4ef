using IpcBench.Transports.Contracts;

namespace IpcBench.Tests.JsonRpc;

/// <summary>A channel over bytes in memory that hands them out in reads of at most <paramref name="readSize"/> bytes, then ends.</summary>
internal sealed class MemoryChannel(byte[] incoming, int readSize) : Channel
{
    private int _position;

    public MemoryStream Written { get; } = new();

    public override int MaxMessageSize => int.MaxValue;

    public override void Send(ReadOnlySpan<byte> message) => throw new NotSupportedException();

    public override int Receive(Span<byte> buffer) => throw new NotSupportedException();

    public override void Write(ReadOnlySpan<byte> data) => Written.Write(data);

    public override int Read(Span<byte> buffer)
    {
        if (_position == incoming.Length)
        {
            throw new PeerGoneException("the stream ended");
        }

        int n = Math.Min(Math.Min(readSize, buffer.Length), incoming.Length - _position);
        incoming.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
    }
}

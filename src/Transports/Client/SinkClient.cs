using System.Buffers.Binary;
using System.IO.Hashing;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.Client;

/// <summary>
/// The client's half of the sink protocol: announce a stream's length, stream it, and read back
/// the byte count and checksum the peer computed over every byte it read.
/// </summary>
public sealed class SinkClient(PeerConnection connection)
{
    private readonly byte[] _control = new byte[PeerProtocol.AckLength];

    /// <summary>
    /// Streams <paramref name="total"/> bytes in <paramref name="chunk"/>-byte writes, cycling
    /// through <paramref name="source"/>, and returns what the peer says it read.
    /// </summary>
    public (long Count, ulong Checksum) Stream(ReadOnlySpan<byte> source, long total, int chunk)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_control, total);
        connection.Channel.Send(_control.AsSpan(0, PeerProtocol.StartLength));
        int offset = 0;
        for (long left = total; left > 0;)
        {
            int n = (int)Math.Min(Math.Min(chunk, left), source.Length - offset);
            connection.Channel.Write(source.Slice(offset, n));
            offset = offset + n == source.Length ? 0 : offset + n;
            left -= n;
        }

        int length = connection.Channel.Receive(_control);
        if (length != PeerProtocol.AckLength)
        {
            throw new InvalidDataException($"{connection.Transport.Name}: the peer's acknowledgement has {length} bytes, not {PeerProtocol.AckLength}");
        }

        return PeerProtocol.ReadAck(_control);
    }

    /// <summary>Streams and fails unless the peer read exactly the bytes sent (<paramref name="expectedChecksum"/> from <see cref="ExpectedChecksum"/>).</summary>
    public void StreamVerified(ReadOnlySpan<byte> source, long total, int chunk, ulong expectedChecksum)
    {
        (long count, ulong checksum) = Stream(source, total, chunk);
        if (count != total || checksum != expectedChecksum)
        {
            throw new InvalidDataException($"{connection.Transport.Name}: the peer read {count} bytes with checksum {checksum:x16}, expected {total} with {expectedChecksum:x16}");
        }
    }

    /// <summary>The checksum the peer must report for <see cref="Stream"/> of the same source and total.</summary>
    public static ulong ExpectedChecksum(ReadOnlySpan<byte> source, long total, StreamChecksum kind = StreamChecksum.Xxh3)
    {
        NonCryptographicHashAlgorithm hash = kind == StreamChecksum.Crc32 ? new Crc32() : new XxHash3();
        for (long left = total; left > 0; left -= source.Length)
        {
            hash.Append(source[..(int)Math.Min(source.Length, left)]);
        }

        return hash is Crc32 crc ? crc.GetCurrentHashAsUInt32() : ((XxHash3)hash).GetCurrentHashAsUInt64();
    }
}

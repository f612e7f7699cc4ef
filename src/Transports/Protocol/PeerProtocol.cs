using System.Buffers.Binary;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Protocol;

/// <summary>
/// The few messages client and peer exchange besides the payloads themselves.
/// Handshake: the peer sends <see cref="Hello"/> (or an empty wake-up on a transport that carries no data) once its side is open.
/// Sink mode: the client sends the stream length (8 bytes), then the stream; the peer answers
/// with the byte count and the XXH3 checksum of what it read (16 bytes).
/// </summary>
public static class PeerProtocol
{
    /// <summary>The largest message a peer echoes (tests send up to 1 MiB).</summary>
    public const int MaxEchoSize = 4 * 1024 * 1024;

    public const int StartLength = sizeof(long);
    public const int AckLength = 2 * sizeof(long);

    public static ReadOnlySpan<byte> Hello => "IPCBENCH"u8;

    public static ReadOnlySpan<byte> HelloFor(Channel channel) =>
        channel.MaxMessageSize >= Hello.Length ? Hello : [];

    public static void WriteAck(Span<byte> destination, long count, ulong checksum)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, count);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[sizeof(long)..], checksum);
    }

    public static (long Count, ulong Checksum) ReadAck(ReadOnlySpan<byte> source) =>
        (BinaryPrimitives.ReadInt64LittleEndian(source), BinaryPrimitives.ReadUInt64LittleEndian(source[sizeof(long)..]));
}

using System.Buffers.Binary;

namespace IpcBench.Transports.Client;

/// <summary>
/// Verified round trips of one payload size: the first eight bytes carry a sequence number that
/// must come back with the right length, so a stale, lost or truncated echo fails at once.
/// Buffers are allocated (pinned) once; a round trip allocates nothing.
/// </summary>
public sealed class EchoClient
{
    private readonly PeerConnection _connection;
    private readonly byte[] _payload;
    private readonly byte[] _reply;
    private long _sequence;

    public EchoClient(PeerConnection connection, int size)
    {
        _connection = connection;
        Size = size;
        _payload = GC.AllocateArray<byte>(size, pinned: true);
        _reply = GC.AllocateArray<byte>(Math.Max(size, sizeof(long)), pinned: true);
        new Random(size).NextBytes(_payload);
    }

    public int Size { get; }

    public void RoundTrip()
    {
        long sequence = ++_sequence;
        if (Size >= sizeof(long))
        {
            BinaryPrimitives.WriteInt64LittleEndian(_payload, sequence);
        }

        int length = _connection.RoundTrip(_payload, _reply);
        if (length != Size || (Size >= sizeof(long) && BinaryPrimitives.ReadInt64LittleEndian(_reply) != sequence))
        {
            throw new InvalidDataException($"{_connection.Transport.Name}: echo {sequence} came back wrong ({length} bytes)");
        }
    }
}

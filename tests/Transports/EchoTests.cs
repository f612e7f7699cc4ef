using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Tests.Transports;

/// <summary>Every data-carrying transport echoes every message size byte for byte and leaves nothing behind.</summary>
public class EchoTests
{
    private static readonly int[] Sizes = [0, 1, 63, 64, 4096, 65536, 1024 * 1024];

    [Theory]
    [MemberData(nameof(TransportData.DataCarrying), MemberType = typeof(TransportData))]
    public void Echoes_every_size_byte_exact(string name)
    {
        var before = IpcLeakCheck.Take();
        Transport transport = TransportCatalog.Find(name);
        var random = new Random(42);
        byte[] reply = new byte[PeerProtocol.MaxEchoSize];
        using (var connection = PeerConnection.Open(transport, PeerMode.Echo))
        {
            foreach (int size in Sizes.Where(s => s <= transport.MaxPayload))
            {
                for (int repeat = 0; repeat < 3; repeat++)
                {
                    byte[] payload = new byte[size];
                    random.NextBytes(payload);
                    int length = connection.RoundTrip(payload, reply);
                    Assert.Equal(size, length);
                    Assert.True(payload.AsSpan().SequenceEqual(reply.AsSpan(0, length)), $"{name}: {size}-byte echo differs");
                }
            }

            // Many small messages back to back: nothing lost, duplicated or reordered.
            for (int i = 0; i < 2000; i++)
            {
                byte[] payload = new byte[random.Next(0, 300)];
                random.NextBytes(payload);
                int length = connection.RoundTrip(payload, reply);
                Assert.True(payload.AsSpan().SequenceEqual(reply.AsSpan(0, length)), $"{name}: message {i} differs");
            }
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }
}

using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Tests.Transports;

/// <summary>A 64 MiB stream arrives whole: the peer's byte count and checksum match the client's.</summary>
public class BulkTests
{
    private const long StreamBytes = 64L * 1024 * 1024;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (Transport t in TransportCatalog.All.Where(t => t.SupportsBulk && t.Unavailable is null))
        {
            data.Add(t.Name, 4096);
            data.Add(t.Name, 65536);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stream_arrives_with_matching_count_and_checksum(string name, int chunk)
    {
        var before = IpcLeakCheck.Take();
        byte[] source = new byte[3 * 1024 * 1024 + 17];
        new Random(chunk).NextBytes(source);
        Transport transport = TransportCatalog.Find(name);
        using (var connection = PeerConnection.Open(transport, PeerMode.Sink))
        {
            (long count, ulong checksum) = new SinkClient(connection).Stream(source, StreamBytes, chunk);
            Assert.Equal(StreamBytes, count);
            Assert.Equal(SinkClient.ExpectedChecksum(source, StreamBytes, transport.StreamChecksum), checksum);

            // A second stream on the same connection starts clean.
            (count, checksum) = new SinkClient(connection).Stream(source, 1000, chunk);
            Assert.Equal(1000, count);
            Assert.Equal(SinkClient.ExpectedChecksum(source, 1000, transport.StreamChecksum), checksum);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void A_corrupted_byte_changes_the_checksum()
    {
        byte[] source = new byte[4096];
        new Random(1).NextBytes(source);
        ulong original = SinkClient.ExpectedChecksum(source, 1 << 20);
        source[100] ^= 1;
        Assert.NotEqual(original, SinkClient.ExpectedChecksum(source, 1 << 20));
    }
}

using System.Diagnostics;
using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Sockets;
using Xunit.Abstractions;

namespace IpcBench.Tests.Transports;

/// <summary>The peer never outlives its client, and a peer that dies makes the client fail fast.</summary>
public class PeerLifetimeTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TransportData.All), MemberType = typeof(TransportData))]
    public async Task Peer_exits_within_a_second_when_its_client_is_killed(string name)
    {
        var before = IpcLeakCheck.Take();
        int clientPid;
        using (KilledClientProcess client = await KilledClientProcess.StartAsync(name))
        {
            clientPid = client.Process.Id;
            Assert.True(ProcessState.IsRunning(client.PeerPid));
            client.Process.Kill();
            client.Process.WaitForExit();
            Assert.True(client.PeerEndsWithinASecond(), $"{name}: the peer still runs 1 s after its client was killed");
        }

        // A killed client cannot remove its namespace pair: the cleanup verb (which every run calls first) does.
        if (TransportCatalog.Find(name) is TcpVethTransport or UnixNetnsTransport)
        {
            Assert.Contains(TransportCatalog.CleanLeftovers(), path => path.Contains($"ipcb-{clientPid}-", StringComparison.Ordinal));
        }

        IpcLeakCheck.AssertNothingLeftSince(before, ownDescriptors: false);
    }

    [Theory]
    [MemberData(nameof(TransportData.All), MemberType = typeof(TransportData))]
    public void Client_fails_fast_naming_the_transport_when_the_peer_is_killed(string name)
    {
        var before = IpcLeakCheck.Take();
        using (var connection = PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Echo))
        {
            using Process peer = Process.GetProcessById(connection.Peer!.Pid);
            peer.Kill();
            peer.WaitForExit();
            var clock = Stopwatch.StartNew();
            byte[] payload = new byte[connection.Transport.CarriesData ? 64 : 0];
            var error = Assert.ThrowsAny<TransportException>(() => connection.RoundTrip(payload, new byte[64]));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            output.WriteLine($"time to failure, peer killed between round trips: {clock.Elapsed.TotalMilliseconds:0} ms: {error.Message}");
            Assert.StartsWith($"{name}: ", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void Unknown_transport_is_a_one_line_error()
    {
        var error = Assert.Throws<ArgumentException>(() => TransportCatalog.Find("Carrier-Pigeon"));
        Assert.Contains("unknown transport 'Carrier-Pigeon'", error.Message);
    }
}

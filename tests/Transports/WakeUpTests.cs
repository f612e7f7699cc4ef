using System.Diagnostics;
using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Tests.Transports;

/// <summary>
/// Mechanisms that carry no data: thousands of round trips that each wait for the other side,
/// and a wait with nothing posted times out instead of passing.
/// </summary>
public class WakeUpTests
{
    [Theory]
    [MemberData(nameof(TransportData.WakeUpOnly), MemberType = typeof(TransportData))]
    public void Thousands_of_round_trips_each_wait_for_the_peer(string name)
    {
        var before = IpcLeakCheck.Take();
        using (var connection = PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Echo))
        {
            for (int i = 0; i < 5000; i++)
            {
                Assert.Equal(0, connection.RoundTrip([], []));
            }
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Theory]
    [MemberData(nameof(TransportData.WakeUpOnly), MemberType = typeof(TransportData))]
    public void A_wait_with_nothing_posted_times_out(string name)
    {
        var before = IpcLeakCheck.Take();
        using (var connection = PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Echo, timeout: TimeSpan.FromMilliseconds(500)))
        {
            Assert.Equal(0, connection.RoundTrip([], []));
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<TransportTimeoutException>(() => connection.Channel.Receive([]));
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(3));
            Assert.StartsWith($"{name}: ", error.Message);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Theory]
    [MemberData(nameof(TransportData.WakeUpOnly), MemberType = typeof(TransportData))]
    public void Data_is_refused_clearly(string name)
    {
        using var connection = PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Echo);
        Assert.Throws<NotSupportedException>(() => connection.Channel.Send(new byte[1]));
        Assert.Throws<NotSupportedException>(() => PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Sink));
    }
}

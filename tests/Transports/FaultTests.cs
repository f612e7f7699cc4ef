using System.Diagnostics;
using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;
using Xunit.Abstractions;

namespace IpcBench.Tests.Transports;

/// <summary>
/// Faults injected into real runs: the peer killed in the middle of a stream, the client
/// interrupted (SIGINT, SIGTERM); each fails fast and leaves nothing.
/// </summary>
public class FaultTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TransportData.Streaming), MemberType = typeof(TransportData))]
    public void Peer_killed_mid_stream_fails_the_client_within_5_seconds(string name)
    {
        var before = IpcLeakCheck.Take();
        byte[] source = new byte[1 << 20];
        using (var connection = PeerConnection.Open(TransportCatalog.Find(name), PeerMode.Sink))
        {
            Exception? error = null;
            var streamer = new Thread(() =>
            {
                try
                {
                    new SinkClient(connection).Stream(source, long.MaxValue / 2, 65536);
                }
                catch (Exception e)
                {
                    error = e;
                }
            });
            streamer.Start();
            Thread.Sleep(200);
            using (Process peer = Process.GetProcessById(connection.Peer!.Pid))
            {
                peer.Kill();
            }

            var clock = Stopwatch.StartNew();
            Assert.True(streamer.Join(TimeSpan.FromSeconds(5)), $"{name}: the client still streams 5 s after its peer was killed");
            var failure = Assert.IsAssignableFrom<TransportException>(error);
            Assert.StartsWith($"{name}: ", failure.Message);
            Assert.DoesNotContain('\n', failure.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
            output.WriteLine($"time to failure, peer killed mid-stream: {clock.Elapsed.TotalMilliseconds:0} ms: {failure.Message}");
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Theory]
    [InlineData("SysVMq", 15)]
    [InlineData("Shm", 2)]
    [InlineData("Fifo", 15)]
    [InlineData("PosixMq", 2)]
    public async Task An_interrupted_client_leaves_nothing(string name, int signal)
    {
        var before = IpcLeakCheck.Take();
        using (KilledClientProcess client = await KilledClientProcess.StartAsync(name))
        {
            Assert.Equal(0, IpcBench.Transports.Interop.Libc.Kill(client.Process.Id, signal));
            Assert.True(client.Process.WaitForExit(5000), $"{name}: the client did not exit on signal {signal}");
            Assert.True(client.PeerEndsWithinASecond(), $"{name}: the peer outlived its interrupted client");
        }

        IpcLeakCheck.AssertNothingLeftSince(before, ownDescriptors: false);
    }
}

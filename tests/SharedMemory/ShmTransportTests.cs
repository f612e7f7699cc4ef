using IpcBench.Tests.Support;
using IpcBench.Transports.Client;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.SharedMemory;

/// <summary>Each wait strategy echoes and streams byte-exact; files vanish once both sides mapped them.</summary>
public class ShmTransportTests
{
    [Theory]
    [InlineData(WaitStrategy.Spin)]
    [InlineData(WaitStrategy.Hybrid)]
    [InlineData(WaitStrategy.Block)]
    [InlineData(WaitStrategy.Semaphore)]
    public void Every_strategy_echoes_and_streams_byte_exact(WaitStrategy wait)
    {
        var before = IpcLeakCheck.Take();
        var random = new Random(5);
        var transport = new ShmTransport(wait);
        using (var echo = PeerConnection.Open(transport, PeerMode.Echo))
        {
            byte[] reply = new byte[transport.MaxPayload];
            foreach (int size in new[] { 0, 1, 63, 64, 4096, 65536, transport.MaxPayload })
            {
                byte[] payload = new byte[size];
                random.NextBytes(payload);
                int length = echo.RoundTrip(payload, reply);
                Assert.True(payload.AsSpan().SequenceEqual(reply.AsSpan(0, length)));
            }
        }

        using (var sink = PeerConnection.Open(transport, PeerMode.Sink))
        {
            byte[] source = new byte[1 << 20];
            random.NextBytes(source);
            Assert.Equal((32L << 20, SinkClient.ExpectedChecksum(source, 32L << 20)), new SinkClient(sink).Stream(source, 32L << 20, 65536));
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void The_shared_files_are_unlinked_once_the_peer_has_mapped_them()
    {
        var before = IpcLeakCheck.Take();
        using var connection = PeerConnection.Open(new ShmTransport(), PeerMode.Echo);
        Assert.Empty(IpcLeakCheck.Take().SharedMemory.Except(before.SharedMemory));
        Assert.Equal(4, connection.RoundTrip(new byte[4], new byte[4]));
    }

    [Fact]
    public void A_message_over_the_limit_is_refused_with_a_clear_error()
    {
        var transport = new ShmTransport(WaitStrategy.Spin, capacity: 64 * 1024);
        using var connection = PeerConnection.Open(transport, PeerMode.Echo);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => connection.Channel.Send(new byte[transport.MaxPayload + 1]));
        Assert.Contains("larger than this ring's", error.Message);
    }

    [Fact]
    public void Spinning_on_one_CPU_is_refused_up_front()
    {
        var error = Assert.Throws<NotSupportedException>(() => RunPinned(() => PeerConnection.Open(new ShmTransport(WaitStrategy.Spin), PeerMode.Echo, peerCpu: 0)));
        Assert.Contains("one CPU", error.Message);
    }

    /// <summary>Runs on a thread pinned to CPU 0, leaving this process's other threads as they were.</summary>
    private static void RunPinned(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                PinThisThread(0);
                action();
            }
            catch (Exception e)
            {
                error = e;
            }
        });
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw error;
        }
    }

    private static unsafe void PinThisThread(int cpu)
    {
        ulong mask = 1UL << cpu;
        Assert.Equal(0, IpcBench.Transports.Interop.Libc.SchedSetAffinity(0, sizeof(ulong), &mask));
    }
}

using System.Diagnostics;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Tests.Transports;

/// <summary>The one wait loop and the one errno mapping every transport uses.</summary>
public class WaitPolicyTests
{
    [Fact]
    public void A_wait_ends_as_soon_as_a_slice_reports_ready()
    {
        var policy = new WaitPolicy("Test", new Peer(alive: true), TimeSpan.FromSeconds(5));
        int slices = 0;
        policy.InSlices("wait", ref slices, static (ref int n, int slice) => ++n == 3);
        Assert.Equal(3, slices);
    }

    [Fact]
    public void A_wait_on_a_live_peer_times_out_naming_the_transport_and_operation()
    {
        var policy = new WaitPolicy("Test", new Peer(alive: true), TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        int unused = 0;
        var error = Assert.Throws<TransportTimeoutException>(() =>
            policy.InSlices("receive", ref unused, static (ref int _, int slice) =>
            {
                Thread.Sleep(slice);
                return false;
            }));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(2));
        Assert.Equal("Test: receive timed out after 0.3 s", error.Message);
    }

    [Fact]
    public void A_wait_on_a_dead_peer_ends_within_a_slice()
    {
        var policy = new WaitPolicy("Test", new Peer(alive: false), TimeSpan.FromSeconds(10));
        int unused = 0;
        var error = Assert.Throws<PeerGoneException>(() => policy.InSlices("read", ref unused, static (ref int _, int _) => false));
        Assert.Equal("Test: the peer exited during read", error.Message);
    }

    [Theory]
    [InlineData(Libc.EINTR, "Interrupted")]
    [InlineData(Libc.EAGAIN, "WouldBlock")]
    [InlineData(Libc.ENXIO, "WouldBlock")]
    [InlineData(Libc.ETIMEDOUT, "TimedOut")]
    [InlineData(Libc.EPIPE, "PeerGone")]
    [InlineData(Libc.ECONNRESET, "PeerGone")]
    [InlineData(Libc.EIDRM, "PeerGone")]
    [InlineData(Libc.ESRCH, "PeerGone")]
    [InlineData(Libc.EINVAL, "Other")]
    public void Every_errno_has_one_meaning(int errno, string kind) => Assert.Equal(kind, Libc.Classify(errno).ToString());

    [Fact]
    public void A_failed_call_is_retried_mapped_to_the_peer_leaving_or_named()
    {
        var policy = new WaitPolicy("Test", new Peer(alive: false), TimeSpan.FromSeconds(1));
        Assert.Equal(-1, Libc.Close(-1));
        var error = Assert.Throws<PosixException>(() => policy.RetryOrThrow("close"));
        Assert.Equal("close", error.Call);
        Assert.StartsWith("close failed: ", error.Message);

        Assert.Equal(-1, Libc.Kill(4_194_000, 0));
        Assert.Equal("Test: the peer exited during kill", Assert.Throws<PeerGoneException>(() => policy.RetryOrThrow("kill")).Message);
    }

    private sealed class Peer(bool alive) : IPeerLiveness
    {
        public bool IsAlive => alive;

        public string DescribeExit() => "the peer exited";
    }
}

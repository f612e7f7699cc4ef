using HdrHistogram;
using IpcBench.Bench.Latency;
using IpcBench.Tests.Support;
using IpcBench.Transports.Processes;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.Latency;

/// <summary>
/// Per-message latency: the percentiles of known inputs, CPU time seen on both sides, and pacing.
/// A spinning peer burns its whole core (or half of a shared one, hence the 40% floor); CPU time is read in nanoseconds.
/// </summary>
public class LatencyTests
{
    [Fact]
    public void Percentiles_of_known_values()
    {
        var histogram = new LongHistogram(3_600_000_000_000, 3);
        for (long v = 1; v <= 10_000; v++)
        {
            histogram.RecordValue(v * 1000);
        }

        var result = new LatencyResult("Test", null, 0, 10_000, null, 0, "os", histogram, 0, 0);
        var p = result.Percentiles.ToDictionary(x => x.Name, x => x.Ns);
        Assert.Equal(1000, p["min"]);
        Assert.InRange(p["p50"], 4_995_000, 5_005_000);
        Assert.InRange(p["p90"], 8_990_000, 9_010_000);
        Assert.InRange(p["p99"], 9_890_000, 9_910_000);
        Assert.InRange(p["max"], 9_995_000, 10_010_000);
    }

    [Fact]
    public void A_spinning_peer_shows_its_CPU_time_and_a_sleeping_one_does_not()
    {
        var before = IpcLeakCheck.Take();
        LatencyResult spin = Measure(WaitStrategy.Spin, 50_000);
        LatencyResult block = Measure(WaitStrategy.Block, 50_000);

        double spinWallNsPerRoundTrip = 1e9 / spin.AchievedRate;
        Assert.True(spin.PeerCpuNsPerRoundTrip > 0.4 * spinWallNsPerRoundTrip,
            $"a spinning peer used {spin.PeerCpuNsPerRoundTrip:0} ns of CPU per {spinWallNsPerRoundTrip:0} ns round trip");
        double blockWallNsPerRoundTrip = 1e9 / block.AchievedRate;
        Assert.True(block.PeerCpuNsPerRoundTrip < 0.9 * blockWallNsPerRoundTrip,
            $"a sleeping peer used {block.PeerCpuNsPerRoundTrip:0} ns of CPU per {blockWallNsPerRoundTrip:0} ns round trip");
        // Sleeping still costs its system calls: a futex wait and wake per round trip, some hundreds of ns at least.
        Assert.True(block.PeerCpuNsPerRoundTrip > 300, $"a sleeping peer used only {block.PeerCpuNsPerRoundTrip:0} ns of CPU per round trip");
        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void A_paced_run_sends_at_the_requested_rate()
    {
        LatencyResult paced = LatencyRun.Measure(new ShmTransport(WaitStrategy.Block), 64, 2_000, 2_000, Placement.Os);
        Assert.InRange(paced.AchievedRate, 1_800, 2_200);
        Assert.Equal(2_000, paced.Histogram.TotalCount);
    }

    private static LatencyResult Measure(WaitStrategy wait, long count) =>
        LatencyRun.Measure(new ShmTransport(wait), 64, count, null, Placement.Os);
}

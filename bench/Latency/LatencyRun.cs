using System.Diagnostics;
using HdrHistogram;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Latency;

/// <summary>
/// A ping-pong in which every round trip is timed on its own, the way BenchmarkDotNet cannot
/// (its percentiles are over iteration means). Back to back by default; with a rate, each
/// round trip starts on a fixed schedule and is timed from its scheduled start, so a late
/// answer also delays (and is charged to) the ones behind it: no coordinated omission.
/// </summary>
public static class LatencyRun
{
    /// <summary>Round trips of up to an hour fit the histogram at three significant digits.</summary>
    private const long HighestTrackableNs = 3_600_000_000_000;

    private const int WarmUpRoundTrips = 10_000;

    /// <summary>Longer than .NET's tier-up delay (100 ms), so no case is timed on unoptimised code, whatever its place in the run.</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(500);

    public static LatencyResult Measure(Transport transport, int size, long count, double? rate, Placement placement)
    {
        CpuPlacement.PinClient(placement);
        using var connection = PeerConnection.Open(transport, PeerMode.Echo, CpuPlacement.PeerCpu(placement));
        var echo = new EchoClient(connection, size);
        var histogram = new LongHistogram(HighestTrackableNs, 3);

        // Warm up the code paths on both sides before anything is recorded.
        long warmUp = Stopwatch.GetTimestamp();
        for (int i = 0; i < WarmUpRoundTrips || Stopwatch.GetElapsedTime(warmUp) < WarmUpTime; i++)
        {
            echo.RoundTrip();
        }

        long intervalTicks = rate is double r ? (long)(Stopwatch.Frequency / r) : 0;
        long clientBefore = CpuTime.NanosecondsOf(Environment.ProcessId);
        long? peerBefore = PeerCpu(connection);
        long start = Stopwatch.GetTimestamp();
        for (long i = 0; i < count; i++)
        {
            long scheduled = intervalTicks == 0 ? Stopwatch.GetTimestamp() : start + i * intervalTicks;
            if (intervalTicks != 0)
            {
                WaitUntil(scheduled);
            }

            echo.RoundTrip();
            histogram.RecordValue(TicksToNs(Stopwatch.GetTimestamp() - scheduled));
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long client = CpuTime.NanosecondsOf(Environment.ProcessId) - clientBefore;
        long? peer = PeerCpu(connection) - peerBefore;
        return new LatencyResult(transport.Name, transport.Variant, size, count, rate, count / seconds, CpuPlacement.Describe(placement), histogram, client, peer);
    }

    /// <summary>The launched peer's CPU time so far; null for a peer on another host.</summary>
    private static long? PeerCpu(PeerConnection connection) => connection.Peer is { } peer ? CpuTime.NanosecondsOf(peer.Pid) : null;

    /// <summary>
    /// Sleeps (absolute CLOCK_MONOTONIC, which Stopwatch reads on Linux) until 100 µs before the
    /// start, then spins the rest, so sends keep to the schedule within microseconds.
    /// </summary>
    private static void WaitUntil(long timestamp)
    {
        long spinNs = 100_000;
        long targetNs = TicksToNs(timestamp);
        if (targetNs - TicksToNs(Stopwatch.GetTimestamp()) > spinNs)
        {
            MonotonicClock.SleepUntil(timestamp - (long)(spinNs * (Stopwatch.Frequency / 1e9)));
        }

        while (Stopwatch.GetTimestamp() < timestamp)
        {
            Thread.SpinWait(10);
        }
    }

    private static long TicksToNs(long ticks) => (long)(ticks * (1e9 / Stopwatch.Frequency));
}

using System.Buffers.Binary;
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

    public static LatencyResult Measure(Transport transport, string? wait, int size, long count, double? rate, int? clientCpu, int? peerCpu, string placement)
    {
        if (clientCpu is int cpu)
        {
            CpuPlacement.PinCurrentProcess(cpu);
        }

        using var connection = PeerConnection.Open(transport, PeerMode.Echo, peerCpu);
        byte[] payload = new byte[size];
        byte[] reply = new byte[Math.Max(size, 8)];
        new Random(size).NextBytes(payload);
        var histogram = new LongHistogram(HighestTrackableNs, 3);

        // Warm up the code paths on both sides before anything is recorded.
        for (int i = 0; i < Math.Min(count, 10_000); i++)
        {
            RoundTrip(connection, payload, reply, i, size);
        }

        long intervalTicks = rate is double r ? (long)(Stopwatch.Frequency / r) : 0;
        CpuTime clientBefore = CpuTime.Of(Environment.ProcessId);
        CpuTime peerBefore = CpuTime.Of(connection.Peer.Pid);
        long start = Stopwatch.GetTimestamp();
        for (long i = 0; i < count; i++)
        {
            long scheduled = intervalTicks == 0 ? Stopwatch.GetTimestamp() : start + i * intervalTicks;
            if (intervalTicks != 0)
            {
                WaitUntil(scheduled);
            }

            RoundTrip(connection, payload, reply, i, size);
            histogram.RecordValue(TicksToNs(Stopwatch.GetTimestamp() - scheduled));
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        CpuTime client = CpuTime.Of(Environment.ProcessId) - clientBefore;
        CpuTime peer = CpuTime.Of(connection.Peer.Pid) - peerBefore;
        return new LatencyResult(transport.Name, wait, size, count, rate, count / seconds, placement, histogram, client, peer);
    }

    private static void RoundTrip(PeerConnection connection, byte[] payload, byte[] reply, long sequence, int size)
    {
        if (size >= sizeof(long))
        {
            BinaryPrimitives.WriteInt64LittleEndian(payload, sequence);
        }

        int length = connection.RoundTrip(payload, reply);
        if (length != size || (size >= sizeof(long) && BinaryPrimitives.ReadInt64LittleEndian(reply) != sequence))
        {
            throw new InvalidDataException($"{connection.Transport.Name}: echo {sequence} came back wrong ({length} bytes)");
        }
    }

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

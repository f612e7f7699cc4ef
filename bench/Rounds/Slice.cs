using System.Diagnostics;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Rounds;

/// <summary>
/// One short slice of one case: a fresh peer process, a warm-up, then timed work for the slice's
/// length, every byte verified as in the benchmarks. The figure is a median over the slice, of
/// 16-round-trip batches (ns per round trip) or of 16 MiB streams (MiB/s).
/// </summary>
public static class Slice
{
    private const int BatchRoundTrips = 16;

    private static readonly Dictionary<(int Chunk, StreamChecksum Kind), (byte[] Source, ulong Checksum)> Sources = [];

    public static double Measure(CheckCase c, TimeSpan duration, Placement placement)
    {
        using var connection = PeerConnection.Open(c.Transport, c.Scenario == Scenario.PingPong ? PeerMode.Echo : PeerMode.Sink, CpuPlacement.PeerCpu(placement));
        return c.Scenario == Scenario.PingPong ? RoundTrips(connection, c.Bytes, duration) : Streams(connection, c.Bytes, duration);
    }

    private static double RoundTrips(PeerConnection connection, int size, TimeSpan duration)
    {
        var echo = new EchoClient(connection, size);
        Run(duration / 5, () =>
        {
            echo.RoundTrip();
            return 0;
        });
        return Run(duration, () =>
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < BatchRoundTrips; i++)
            {
                echo.RoundTrip();
            }

            return Stopwatch.GetElapsedTime(start).TotalNanoseconds / BatchRoundTrips;
        });
    }

    private static double Streams(PeerConnection connection, int chunk, TimeSpan duration)
    {
        (byte[] source, ulong checksum) = SourceFor(chunk, connection.Transport.StreamChecksum);
        var sink = new SinkClient(connection);
        sink.StreamVerified(source, ThroughputBenchmark.StreamBytes, chunk, checksum);
        return Run(duration, () =>
        {
            long start = Stopwatch.GetTimestamp();
            sink.StreamVerified(source, ThroughputBenchmark.StreamBytes, chunk, checksum);
            return Results.BenchmarkResult.MiBPerSecondOf(Stopwatch.GetElapsedTime(start).TotalNanoseconds);
        });
    }

    /// <summary>Repeats <paramref name="sample"/> for at least the duration (and five samples), returning the median sample.</summary>
    private static double Run(TimeSpan duration, Func<double> sample)
    {
        var samples = new List<double>();
        long start = Stopwatch.GetTimestamp();
        while (samples.Count < 5 || Stopwatch.GetElapsedTime(start) < duration)
        {
            samples.Add(sample());
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    private static (byte[] Source, ulong Checksum) SourceFor(int chunk, StreamChecksum kind)
    {
        if (!Sources.TryGetValue((chunk, kind), out var source))
        {
            byte[] bytes = ThroughputBenchmark.Source(chunk);
            source = (bytes, SinkClient.ExpectedChecksum(bytes, ThroughputBenchmark.StreamBytes, kind));
            Sources[(chunk, kind)] = source;
        }

        return source;
    }
}

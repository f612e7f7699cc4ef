using System.Diagnostics;
using IpcBench.Bench.Claims;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Runtimes;

namespace IpcBench.Bench.Runtimes;

/// <summary>
/// The same verified echo with the peer in .NET, Python and Node.js (over standard input and
/// output, over a Unix socket and over TCP), and the seed's own example — a Node.js parent writing lines to a
/// Python child — side by side: every round measures each of them for the same number of round
/// trips, in a fresh random order, so the machine's moods fall on all alike. A path's ratio is the
/// median over rounds of its figure over the .NET stdio peer's in the same round.
/// </summary>
public static class RuntimesCheck
{
    /// <summary>Bytes per message: the claims' reference size, newline included for the line example.</summary>
    public const int MessageBytes = 64;

    public static IReadOnlyList<RuntimesRow> Run(int rounds, int roundTripsPerRound, Placement placement, Random random, Action<int> roundDone)
    {
        CpuPlacement.PinClient(placement);
        Transport[] transports = [new StdioTransport(), new PythonStdioTransport(), new NodeStdioTransport(), new PythonUnixTransport(), new NodeUnixTransport(), new PythonTcpTransport(), new NodeTcpTransport()];
        var opened = new List<PeerConnection>();
        try
        {
            var paths = new List<(string Label, Func<int, double> Measure)>();
            foreach (Transport transport in transports.Where(t => t.Unavailable is null))
            {
                PeerConnection connection = PeerConnection.Open(transport, PeerMode.Echo, CpuPlacement.PeerCpu(placement));
                opened.Add(connection);
                var echo = new EchoClient(connection, MessageBytes);
                paths.Add((transport.Label, count => Time(echo, count)));
            }

            using SeedExampleDriver? driver = SeedExampleDriver.Unavailable is null ? SeedExampleDriver.Start(MessageBytes, placement) : null;
            if (driver is not null)
            {
                paths.Add((SeedExampleDriver.Label, driver.RoundTrips));
            }

            // Every path once before anything counts: JIT tiers, interpreters' caches, page faults.
            foreach ((_, Func<int, double> measure) in paths)
            {
                measure(Math.Max(1, roundTripsPerRound / 4));
            }

            Dictionary<string, List<double>> samples = paths.ToDictionary(p => p.Label, _ => new List<double>());
            for (int round = 0; round < rounds; round++)
            {
                foreach ((string label, Func<int, double> measure) in paths.OrderBy(_ => random.Next()))
                {
                    samples[label].Add(measure(roundTripsPerRound));
                }

                roundDone(round);
            }

            List<double> dotNet = samples[transports[0].Label];
            return [.. samples.Select(s => new RuntimesRow(
                s.Key, MessageBytes, rounds, roundTripsPerRound, RatioInterval.MedianOf(s.Value), s.Value.Min(), s.Value.Max(),
                RatioInterval.MedianOf([.. s.Value.Zip(dotNet, (x, reference) => x / reference)])))];
        }
        finally
        {
            foreach (PeerConnection connection in opened)
            {
                connection.Dispose();
            }
        }
    }

    private static double Time(EchoClient echo, int count)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < count; i++)
        {
            echo.RoundTrip();
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
    }
}

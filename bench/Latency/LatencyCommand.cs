using System.Globalization;
using System.IO.Enumeration;
using IpcBench.Bench.Reporting;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Latency;

/// <summary>
/// <c>latency [--filter GLOB] [--size BYTES] [--count N] [--rate PER_SECOND] [--pin CLIENT,PEER]</c>:
/// per-message latency percentiles and CPU time per round trip for each selected transport
/// (the glob matches the ping-pong class name, as in BenchmarkDotNet: '*Shm*', '*Tcp*').
/// Prints a table and writes latency.csv and charts to reports/RUN-ID-latency/.
/// </summary>
public static class LatencyCommand
{
    public static int Run(string[] args)
    {
        Options options = Options.Parse(args);
        var results = new List<LatencyResult>();
        foreach ((Transport transport, string? wait) in Selected(options.Filter))
        {
            int size = transport.CarriesData ? options.Size : 0;
            if (size > transport.MaxPayload)
            {
                throw new ArgumentException($"--size {size} is too large for {transport.Name} (at most {transport.MaxPayload} bytes)");
            }

            if (transport.Spins && options.ClientCpu is int c && options.PeerCpu == c)
            {
                Console.WriteLine($"{transport.Name} ({wait}): skipped, both sides spin and cannot share CPU {c}");
                continue;
            }

            LatencyResult result = LatencyRun.Measure(transport, wait, size, options.Count, options.Rate, options.ClientCpu, options.PeerCpu, options.Placement);
            Console.WriteLine(Line(result));
            results.Add(result);
        }

        if (results.Count == 0)
        {
            throw new ArgumentException($"no transport matches '{options.Filter}'");
        }

        string folder = Path.Combine(ReportCommand.DefaultReportsRoot, ReportBuilder.NewRunId() + "-latency");
        Directory.CreateDirectory(folder);
        LatencyReport.Write(folder, results);
        string latest = Path.Combine(ReportCommand.DefaultReportsRoot, LatencyReport.LatestFolder);
        if (Directory.Exists(latest))
        {
            Directory.Delete(latest, recursive: true);
        }

        Directory.CreateDirectory(latest);
        foreach (string file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(latest, Path.GetFileName(file)));
        }

        Console.WriteLine($"latency report written to {folder} (and {latest}); the next benchmark report includes it");
        return 0;
    }

    private static string Line(LatencyResult r) =>
        $"{r.Variant,-18} {string.Join("  ", r.Percentiles.Select(p => $"{p.Name} {HtmlReport.FormatNs(p.Ns)}"))}  " +
        $"cpu/rt client {HtmlReport.FormatNs(r.ClientCpuNsPerRoundTrip)} peer {HtmlReport.FormatNs(r.PeerCpuNsPerRoundTrip)}  rate {r.AchievedRate:N0}/s";

    /// <summary>Each transport whose ping-pong class name matches, Shm once per wait strategy.</summary>
    private static IEnumerable<(Transport, string?)> Selected(string filter)
    {
        foreach (Transport t in TransportCatalog.All.Where(t => FileSystemName.MatchesSimpleExpression(filter, $"{t.Name}PingPong")))
        {
            if (t is ShmTransport)
            {
                foreach (WaitStrategy wait in Enum.GetValues<WaitStrategy>())
                {
                    yield return (new ShmTransport(wait), wait.ToString());
                }
            }
            else
            {
                yield return (t, null);
            }
        }
    }

    private sealed record Options(string Filter, int Size, long Count, double? Rate, int? ClientCpu, int? PeerCpu, string Placement)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options("*", 64, 1_000_000, null, 0, 1, "split (client CPU 0, peer CPU 1)");
            for (int i = 0; i < args.Length; i += 2)
            {
                string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
                options = args[i] switch
                {
                    "--filter" => options with { Filter = value },
                    "--size" => options with { Size = Positive(value, "--size", allowZero: true) },
                    "--count" => options with { Count = Positive(value, "--count", allowZero: false) },
                    "--rate" => options with { Rate = Positive(value, "--rate", allowZero: false) },
                    "--pin" => Pin(options, value),
                    _ => throw new ArgumentException($"unknown latency option '{args[i]}': use --filter, --size, --count, --rate, --pin"),
                };
            }

            return options;
        }

        private static Options Pin(Options options, string value)
        {
            string[] cpus = value.Split(',');
            if (cpus.Length != 2)
            {
                throw new ArgumentException($"--pin takes CLIENT,PEER CPUs such as 0,1, not '{value}'");
            }

            int client = Positive(cpus[0], "--pin", allowZero: true);
            int peer = Positive(cpus[1], "--pin", allowZero: true);
            return options with { ClientCpu = client, PeerCpu = peer, Placement = $"client CPU {client}, peer CPU {peer}" };
        }

        private static int Positive(string text, string option, bool allowZero) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && (n > 0 || (allowZero && n == 0))
                ? n
                : throw new ArgumentException($"{option} needs a {(allowZero ? "non-negative" : "positive")} whole number, not '{text}'");
    }
}

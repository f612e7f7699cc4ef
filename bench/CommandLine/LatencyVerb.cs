using System.CommandLine;
using System.IO.Enumeration;
using IpcBench.Bench.Benchmarks;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>latency [--filter GLOB...] [--size BYTES] [--count N] [--rate PER_SECOND] [--placement P]</c>:
/// per-message latency percentiles and CPU time per round trip for each selected transport variant.
/// Every option is checked against every selected transport before anything is measured.
/// </summary>
public static class LatencyVerb
{
    public static Command Create()
    {
        Option<string[]> filter = SharedOptions.Filter();
        var size = new Option<int>("--size") { Description = "Message size in bytes (0 for the wake-up mechanisms, which carry no data)", DefaultValueFactory = _ => PingPongBenchmark.ReferenceSize };
        var count = new Option<long>("--count") { Description = "Round trips timed per transport, after 10,000 to warm up", DefaultValueFactory = _ => 200_000 };
        var rate = new Option<double?>("--rate") { Description = "Send at this many round trips per second on a fixed schedule (default: back to back)" };
        Option<Placement> placement = SharedOptions.Placement();
        Option<string?> remote = SharedOptions.Remote();
        Option<string?> secretFile = SharedOptions.SecretFile();
        size.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--size needs a non-negative whole number of bytes"); });
        count.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--count needs a positive whole number"); });
        rate.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is <= 0) r.AddError("--rate needs a positive number per second"); });

        var command = new Command("latency", "Time every round trip into a histogram (p50 to p99.99) and read the CPU time both processes spend per round trip")
        {
            filter, size, count, rate, placement, remote, secretFile,
        };
        command.SetAction(result =>
        {
            SharedOptions.UseRemote(result, remote, secretFile);
            return Run(result.GetValue(filter)!, result.GetValue(size), result.GetValue(count), result.GetValue(rate), result.GetValue(placement));
        });
        return command;
    }

    private static int Run(string[] filters, int size, long count, double? rate, Placement placement)
    {
        List<Transport> selected = [.. TransportCatalog.Variants.Where(t => Matches(filters, t))];
        if (selected.Count == 0)
        {
            throw new UsageException($"no transport matches {string.Join(' ', filters.Select(f => $"'{f}'"))} (globs over ping-pong benchmark names, such as '*Shm*')");
        }

        if (selected.FirstOrDefault(t => t.CarriesData && size > t.MaxPayload) is Transport tooSmall)
        {
            throw new UsageException($"--size {size} is too large for {tooSmall.Label} (at most {tooSmall.MaxPayload} bytes)");
        }

        List<Transport> runnable = [.. selected.Where(t => !(t.Spins && placement == Placement.Same) && t.Unavailable is null)];
        foreach (Transport skipped in selected.Except(runnable))
        {
            Console.WriteLine($"{skipped.Label}: skipped, {skipped.Unavailable ?? "both sides spin and cannot share one CPU (placement same)"}");
        }

        DateTime started = DateTime.UtcNow;
        var progress = Progress.ForConsole(runnable.Count);
        var results = new List<LatencyResult>();
        foreach (Transport transport in runnable)
        {
            progress.Begin($"{transport.Label}: {count:N0} round trips");
            LatencyResult result = LatencyRun.Measure(transport, transport.CarriesData ? size : 0, count, rate, placement);
            progress.Done(Line(result));
            results.Add(result);
        }

        string root = ReportFolders.DefaultRoot;
        string folder = ReportFolders.Create(root, ReportFolders.NewRunId(), LatencyReport.Kind);
        LatencyReport.Write(folder, results);
        new RunStamp(BuildIdentity.Current, started, DateTime.UtcNow, CpuPlacement.Describe(placement)).Write(folder);
        string latest = ReportFolders.Publish(root, folder, LatencyReport.Kind);
        Console.WriteLine($"latency report written to {folder} (and {latest}); the next benchmark report includes it");
        return 0;
    }

    /// <summary>A glob matches the ping-pong class name or its full name, as BenchmarkDotNet's filter would.</summary>
    private static bool Matches(string[] filters, Transport transport)
    {
        string type = transport.Name + Scenario.PingPong;
        string fullName = $"{typeof(FloorPingPong).Namespace}.{type}.{nameof(PingPongBenchmark.RoundTrip)}";
        return filters.Any(f => FileSystemName.MatchesSimpleExpression(f, type) || FileSystemName.MatchesSimpleExpression(f, fullName));
    }

    private static string Line(LatencyResult r) =>
        $"{r.Label,-18} {string.Join("  ", r.Percentiles.Select(p => $"{p.Name} {Units.Time(p.Ns)}"))}  " +
        $"cpu/rt client {Units.Time(r.ClientCpuNsPerRoundTrip)} peer {Units.Time(r.PeerCpuNsPerRoundTrip)}  rate {r.AchievedRate:N0}/s";
}

using System.CommandLine;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Runtimes;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary><c>runtimes [--rounds 10] [--round-trips 2000] [--placement P]</c>: peers in .NET, Python and Node.js, and the seed's own example, side by side (<see cref="RuntimesCheck"/>).</summary>
public static class RuntimesVerb
{
    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Interleaved rounds", DefaultValueFactory = _ => 10 };
        var roundTrips = new Option<int>("--round-trips") { Description = "Round trips per path and round", DefaultValueFactory = _ => 2000 };
        Option<Placement> placement = SharedOptions.Placement();
        rounds.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 3) r.AddError("--rounds needs at least 3 rounds"); });
        roundTrips.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--round-trips needs a positive whole number"); });
        var command = new Command("runtimes", "The echo peer in .NET, Python and Node.js over stdio and a Unix socket, and the seed's Node.js parent with a Python child writing lines, side by side (about a minute)")
        {
            rounds, roundTrips, placement,
        };
        command.SetAction(result =>
        {
            int count = result.GetValue(rounds);
            DateTime started = DateTime.UtcNow;
            var progress = Progress.ForConsole(count);
            progress.Begin($"round 1/{count}");
            IReadOnlyList<RuntimesRow> rows = RuntimesCheck.Run(count, result.GetValue(roundTrips), result.GetValue(placement), Random.Shared, r =>
            {
                progress.Done($"round {r + 1}/{count} done");
                if (r + 1 < count)
                {
                    progress.Begin($"round {r + 2}/{count}");
                }
            });
            foreach (RuntimesRow row in rows.OrderBy(r => r.MedianNs))
            {
                Console.WriteLine($"{row.Peer,-40} median {Units.Time(row.MedianNs),10} per round trip ({Units.Time(row.LowestNs)}–{Units.Time(row.HighestNs)})  {row.MedianRatioToDotNet:0.00}x the .NET peer");
            }

            string root = ReportFolders.DefaultRoot;
            string folder = ReportFolders.Create(root, ReportFolders.NewRunId(), RuntimesRow.Kind);
            RuntimesRow.Write(folder, rows);
            new RunStamp(BuildIdentity.Current, started, DateTime.UtcNow, CpuPlacement.Describe(result.GetValue(placement))).Write(folder);
            Console.WriteLine($"written to {folder} (and {ReportFolders.Publish(root, folder, RuntimesRow.Kind)}); the next benchmark report includes it");
            return 0;
        });
        return command;
    }
}

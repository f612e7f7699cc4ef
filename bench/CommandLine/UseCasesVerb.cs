using System.CommandLine;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.UseCases;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary><c>usecases [--rounds 10] [--placement P]</c>: the seed's use-case table judged on workloads measured side by side, and JSON-RPC's cost split (<see cref="UseCaseCheck"/>).</summary>
public static class UseCasesVerb
{
    public const int DefaultRounds = 20;

    public static Command Create()
    {
        var rounds = new Option<int>("--rounds") { Description = "Interleaved rounds", DefaultValueFactory = _ => DefaultRounds };
        Option<Placement> placement = SharedOptions.Placement();
        rounds.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 6) r.AddError("--rounds needs at least 6 rounds (fewer give no 95% interval)"); });
        var command = new Command("usecases", "The seed's use-case table (editor plugins, network services, containers, scripts, bulk data) judged on its workloads, and JSON-RPC's cost split into transport and framing + JSON, all measured side by side (about 2 minutes)")
        {
            rounds, placement,
        };
        command.SetAction(result => Run(result.GetValue(rounds), result.GetValue(placement)));
        return command;
    }

    /// <summary>Runs the check, prints the verdicts, and writes <c>reports/RUN-ID-usecases/</c> for the next report.</summary>
    public static int Run(int rounds, Placement placement)
    {
        DateTime started = DateTime.UtcNow;
        var progress = Progress.ForConsole(rounds);
        progress.Begin($"opening every path, then round 1/{rounds}");
        UseCaseCheck.Result result = UseCaseCheck.Run(rounds, placement, Random.Shared, r =>
        {
            progress.Done($"round {r + 1}/{rounds} done");
            if (r + 1 < rounds)
            {
                progress.Begin($"round {r + 2}/{rounds}");
            }
        });
        foreach (IGrouping<string, UseCaseRow> useCase in result.UseCases.GroupBy(r => r.UseCase))
        {
            Console.WriteLine($"{useCase.Key}: {useCase.First().Recommendation} — {UseCaseJudge.Verdict([.. useCase])}");
            foreach (UseCaseRow row in useCase)
            {
                string figure = row.Median is double m ? (row.Unit == UseCase.MiBPerSecond ? $"{m:N0} MiB/s" : Units.Time(m)) : "—";
                string ratio = row.RatioToBest is double r ? $"{r:0.00}x ({row.RatioLow:0.00}–{row.RatioHigh:0.00})" : row.Reason ?? "";
                Console.WriteLine($"  {(row.Recommended ? "*" : " ")} {row.Candidate,-42} {figure,12}  {ratio}  {row.Standing}");
            }
        }

        foreach (JsonRpcSplitRow row in result.Split)
        {
            Console.WriteLine($"JSON-RPC {row.Peer} {row.Transport} {row.Framing} {row.Body} ({row.WireBytes:N0} B): {Units.Time(row.JsonRpcNs)} = transport {Units.Time(row.RawEchoNs)} + framing and JSON {Units.Time(row.FramingAndJsonNs)} ({row.RatioToRaw:0.00}x raw)");
        }

        string root = ReportFolders.DefaultRoot;
        string folder = ReportFolders.Create(root, ReportFolders.NewRunId(), UseCaseRow.Kind);
        new UseCaseResults(result.UseCases, result.Split, new RunStamp(BuildIdentity.Current, started, DateTime.UtcNow, CpuPlacement.Describe(placement))).Write(folder);
        Console.WriteLine($"written to {folder} (and {ReportFolders.Publish(root, folder, UseCaseRow.Kind)}); the next benchmark report includes it");
        return 0;
    }
}

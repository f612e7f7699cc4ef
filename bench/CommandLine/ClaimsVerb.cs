using System.CommandLine;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>claims [--filter GLOB...] [--rounds N] [--slice MS] [--placement P]</c>: the interleaved check
/// of every case the seed's claims compare, and the verdicts with their intervals.
/// </summary>
public static class ClaimsVerb
{
    /// <summary>
    /// 15 rounds of 150 ms slices, after one warm-up round: about 3 minutes for all 39 cases here
    /// (each slice also starts a peer and warms up), and enough rounds for a 96.5% interval between
    /// the 4th and 12th ratio.
    /// </summary>
    public const int DefaultRounds = 15;

    public const int DefaultSliceMilliseconds = 150;

    public static Command Create()
    {
        Options options = new();
        var command = new Command("claims", "Judge the seed's speed claims on the compared cases measured side by side, in randomized interleaved rounds (about 3 minutes)");
        options.AddTo(command);
        command.SetAction(result => Run(options.Read(result)));
        return command;
    }

    /// <summary>One check, its verdicts printed and its report written (where the next benchmark report of this build finds it).</summary>
    public static int Run(Settings settings)
    {
        CheckRun run = Check(settings, round: null);
        ClaimsCheck check = ClaimsCheck.Judge(run);
        string folder = ClaimsReport.Write(ReportFolders.DefaultRoot, run, check);
        foreach (ClaimVerdict v in check.Verdicts)
        {
            Console.WriteLine($"{v.Claim.Mechanism}: {v.Claim.Claimed} — {v.Verdict}: {v.Reason}");
        }

        Console.WriteLine(check.Findings);
        Console.WriteLine($"claims report written to {folder} (and {ReportFolders.Latest(ReportFolders.DefaultRoot, ClaimsReport.Kind)}); the next benchmark report of this build includes it");
        return 0;
    }

    /// <summary>Runs one check with progress; <paramref name="round"/> names it within a study.</summary>
    public static CheckRun Check(Settings settings, string? round)
    {
        var progress = Progress.ForConsole(settings.Rounds);
        int current = -1;
        CheckRun run = InterleavedCheck.Run(settings.Cases, settings.Rounds, settings.Slice, settings.Placement, BuildIdentity.Current, Random.Shared, (r, position, c) =>
        {
            if (r != current)
            {
                if (current >= 0)
                {
                    progress.Done($"{round}round {current + 1}/{settings.Rounds} done");
                }

                current = r;
                progress.Begin($"{round}round {r + 1}/{settings.Rounds}: {settings.Cases.Count} cases in random order");
            }
        });
        progress.Done($"{round}round {settings.Rounds}/{settings.Rounds} done");
        return run;
    }

    /// <summary>What a check measures, as the options say.</summary>
    public sealed record Settings(IReadOnlyList<CheckCase> Cases, int Rounds, TimeSpan Slice, Placement Placement);

    /// <summary>The check's options, shared with the reproducibility verb.</summary>
    public sealed class Options
    {
        private readonly Option<string[]> _filter = SharedOptions.Filter();
        private readonly Option<string?> _remote = SharedOptions.Remote();
        private readonly Option<string?> _secretFile = SharedOptions.SecretFile();
        private readonly Option<int> _rounds = new("--rounds") { Description = "Interleaved rounds (at least 6 for a 95% interval)", DefaultValueFactory = _ => DefaultRounds };
        private readonly Option<int> _slice = new("--slice") { Description = "Milliseconds each case is measured per round, after its own warm-up", DefaultValueFactory = _ => DefaultSliceMilliseconds };
        private readonly Option<Placement> _placement = SharedOptions.Placement();

        public Options()
        {
            _filter.Description = "Globs over the compared cases' benchmark names ('*Shm*', '*Throughput*'); cases left out are 'not measured'";
            _rounds.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--rounds needs at least 2 rounds (6 or more for a 95% interval)"); });
            _slice.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 10 or > 60_000) r.AddError("--slice needs 10 to 60000 milliseconds"); });
        }

        public void AddTo(Command command)
        {
            command.Options.Add(_filter);
            command.Options.Add(_rounds);
            command.Options.Add(_slice);
            command.Options.Add(_placement);
            command.Options.Add(_remote);
            command.Options.Add(_secretFile);
        }

        public Settings Read(ParseResult result)
        {
            SharedOptions.UseRemote(result, _remote, _secretFile);
            string[] filters = result.GetValue(_filter)!;
            Placement placement = result.GetValue(_placement);
            List<CheckCase> cases = [.. CheckCase.Matching(filters)];
            if (cases.Count == 0)
            {
                throw new UsageException($"no compared case matches {string.Join(' ', filters.Select(f => $"'{f}'"))} (globs over benchmark names, such as '*Shm*')");
            }

            List<CheckCase> runnable = [.. cases.Where(c => !(c.Transport.Spins && placement == Placement.Same))];
            foreach (CheckCase skipped in cases.Except(runnable))
            {
                Console.WriteLine($"{skipped}: left out, both sides spin and cannot share one CPU (placement same)");
            }

            return new Settings(runnable, result.GetValue(_rounds), TimeSpan.FromMilliseconds(result.GetValue(_slice)), placement);
        }
    }
}

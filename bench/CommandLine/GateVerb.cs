using System.CommandLine;
using System.Runtime.InteropServices;
using IpcBench.Bench.Gate;
using IpcBench.Bench.Results;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>gate --against REF [--filter GLOB...] [--pairs 10]</c> (A/B on this machine) or
/// <c>gate --baseline DIR --current DIR</c> (against stored results), with <c>[--threshold 30%]
/// [--markdown FILE] [--csv FILE]</c>. Exit code 0: no case slower; 1: a case is significantly
/// slower or failed; 2: bad input or nothing to compare; 130: interrupted.
/// </summary>
public static class GateVerb
{
    public const int DefaultPairs = 10;
    public const int DefaultIterations = 5;

    public static Command Create()
    {
        var against = new Option<string?>("--against") { Description = "A/B mode: build this git ref (commit, tag, branch) in a temporary worktree and run it and this build in alternating launches" };
        var filter = SharedOptions.Filter();
        filter.Description = "A/B mode: the cases to run, as BenchmarkDotNet globs (they match parameters too); default: a subset of 8 cases, 7-8 minutes on a 2-vCPU VM";
        filter.DefaultValueFactory = _ => [.. GateSubset.Filters];
        var pairs = new Option<int>("--pairs") { Description = $"A/B mode: pairs of launches (at least {PairedGate.MinPairs}); default {DefaultPairs}", DefaultValueFactory = _ => DefaultPairs };
        var iterations = new Option<int>("--iterations") { Description = $"A/B mode: measured iterations per case in each launch; default {DefaultIterations}", DefaultValueFactory = _ => DefaultIterations };
        var baseline = new Option<string?>("--baseline") { Description = "Stored mode: full-JSON results of the baseline run (a folder)" };
        var current = new Option<string?>("--current") { Description = "Stored mode: full-JSON results of the run to check (a folder)" };
        var threshold = new Option<GateThreshold>("--threshold")
        {
            Description = $"The smallest slowdown that fails the gate, with its unit: a percentage (30%) or a factor (1.3x); default {GateThreshold.Default}",
            DefaultValueFactory = _ => GateThreshold.Default,
            CustomParser = result =>
            {
                if (!GateThreshold.TryParse(result.Tokens[0].Value, out GateThreshold parsed, out string error))
                {
                    result.AddError(error);
                }

                return parsed;
            },
        };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table as Markdown, for a pull-request comment" };
        var csv = new Option<string?>("--csv") { Description = "Also write the table as CSV" };
        var command = new Command("gate", "Fail when a benchmark case got significantly slower: against a git ref in alternating launches on this machine (--against), or against stored results (--baseline/--current)")
        {
            against, filter, pairs, iterations, baseline, current, threshold, markdown, csv,
        };
        command.SetAction(result =>
        {
            GateThreshold limit = result.GetValue(threshold)!;
            string? gitRef = result.GetValue(against);
            (string? before, string? after) = (result.GetValue(baseline), result.GetValue(current));
            IReadOnlyList<GateRow>? rows = (gitRef, before, after) switch
            {
                (not null, null, null) => AgainstRef(new AbGate.Settings(gitRef, result.GetValue(filter)!, Positive(result.GetValue(pairs), "--pairs", PairedGate.MinPairs), Positive(result.GetValue(iterations), "--iterations", 1), limit)),
                (null, not null, not null) => AgainstStored(before, after, limit),
                _ => throw new UsageException("give either --against REF (A/B on this machine) or both --baseline DIR and --current DIR (stored results)"),
            };
            return rows is null ? 130 : Conclude(rows, limit, result.GetValue(markdown), result.GetValue(csv));
        });
        return command;
    }

    private static int Positive(int value, string name, int least) =>
        value >= least ? value : throw new UsageException($"{name} must be at least {least}, not {value}");

    /// <returns>The table, or null when interrupted.</returns>
    private static IReadOnlyList<GateRow>? AgainstRef(AbGate.Settings settings)
    {
        using var cancel = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            // The launch in progress is stopped and the worktree removed before the gate exits.
            context.Cancel = true;
            cancel.Cancel();
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            AbGate.Outcome outcome = AbGate.Run(settings, Console.Out, cancel.Token);
            Console.WriteLine($"// gate: A/B against {settings.Against} ({outcome.BaselineCommit[..12]}) took {outcome.Took.TotalMinutes:0.0} min; ratio = median over {settings.Pairs} pairs of (this build / baseline), 95% sign-test interval");
            return outcome.Rows;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("ipcbench: gate interrupted; its launches and worktree were removed");
            return null;
        }
    }

    private static IReadOnlyList<GateRow> AgainstStored(string baselineFolder, string currentFolder, GateThreshold limit)
    {
        IReadOnlyList<BenchmarkResult> before = ResultsReader.ReadFolder(baselineFolder).Results;
        IReadOnlyList<BenchmarkResult> after = ResultsReader.ReadFolder(currentFolder).Results;
        Console.WriteLine("caveat: a stored baseline was measured in other minutes, and this machine's speed moves 2-5x within minutes; --against REF measures both builds side by side");
        foreach (string warning in RegressionGate.ProfileWarnings(before, after))
        {
            Console.WriteLine($"warning: {warning}");
        }

        return new RegressionGate(limit.ForPerfolizer(), RegressionGate.DefaultSignificance).Compare(before, after);
    }

    private static int Conclude(IReadOnlyList<GateRow> rows, GateThreshold limit, string? markdownPath, string? csvPath)
    {
        string thresholdText = limit.ToString();
        if (!rows.Any(r => r.Compared))
        {
            throw new UsageException($"nothing to compare: no case was measured on both sides ({rows.Count(r => r.Verdict == GateVerdict.Missing)} missing, {rows.Count(r => r.Verdict == GateVerdict.New)} new)");
        }

        Console.Write(GateTable.Text(rows));
        if (markdownPath is not null)
        {
            File.WriteAllText(markdownPath, GateTable.Markdown(rows, thresholdText));
        }

        if (csvPath is not null)
        {
            GateTable.WriteCsv(csvPath, rows);
        }

        foreach (GateRow row in rows.Where(r => r.Verdict == GateVerdict.Missing))
        {
            Console.WriteLine($"missing: {row.Key} is in the baseline only");
        }

        int failing = rows.Count(r => r.FailsGate);
        int undecided = rows.Count(r => r.Verdict == GateVerdict.TooFewSamples);
        Console.WriteLine(failing == 0
            ? $"gate passed: no case slower than the baseline by more than {thresholdText}" + (undecided > 0 ? $" ({undecided} with too few samples to decide)" : "")
            : $"gate FAILED: {failing} case(s) slower by more than {thresholdText} or failed: {string.Join(", ", rows.Where(r => r.FailsGate).Select(r => r.Key))}");
        return failing == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>reproducibility [--checks N] [--gap MINUTES] [claims options]</c>: runs N claims checks
/// (optionally minutes apart), then studies every claims check of this build under reports/ —
/// also those made earlier, so checks an hour apart count — and prints, per claim and dimension,
/// how often each verdict came out and how far the median ratio moved. It writes the study and
/// <see cref="RatioSpread.FileName"/>, the spread to keep in bench/Claims/ so that later checks
/// widen their intervals by it.
/// </summary>
public static class ReproducibilityVerb
{
    public static Command Create()
    {
        var checks = new Option<int>("--checks") { Description = "Claims checks to run now, back to back (0: only study the checks of this build already under reports/)", DefaultValueFactory = _ => 5 };
        var gap = new Option<double>("--gap") { Description = "Minutes to wait between checks", DefaultValueFactory = _ => 0 };
        var build = new Option<string>("--build") { Description = "Study the checks of this build (see a check's run.json) instead of the current one", DefaultValueFactory = _ => BuildIdentity.Current };
        checks.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--checks needs a non-negative whole number"); });
        gap.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or > 240) r.AddError("--gap needs 0 to 240 minutes"); });
        var claims = new ClaimsVerb.Options();
        var command = new Command("reproducibility", "Run several claims checks and show how often each verdict came out and how far each ratio moved between them") { checks, gap, build };
        claims.AddTo(command);
        command.SetAction(result =>
        {
            ClaimsVerb.Settings settings = claims.Read(result);
            int count = result.GetValue(checks);
            for (int i = 0; i < count; i++)
            {
                if (i > 0 && result.GetValue(gap) > 0)
                {
                    Console.WriteLine($"waiting {result.GetValue(gap):0.#} min before check {i + 1}/{count}");
                    Thread.Sleep(TimeSpan.FromMinutes(result.GetValue(gap)));
                }

                CheckRun run = ClaimsVerb.Check(settings, $"check {i + 1}/{count}, ");
                ClaimsReport.Write(ReportFolders.DefaultRoot, run, ClaimsCheck.Judge(run));
            }

            return Study(ReportFolders.DefaultRoot, result.GetValue(build)!);
        });
        return command;
    }

    /// <summary>Studies every claims check of <paramref name="build"/> (this one by default) under <paramref name="root"/>.</summary>
    public static int Study(string root, string? build = null)
    {
        build ??= BuildIdentity.Current;
        List<CheckRun> runs = [.. Directory.GetDirectories(root, $"*-{ClaimsReport.Kind}")
            .Where(d => !Path.GetFileName(d).StartsWith("latest", StringComparison.Ordinal))
            .Select(CheckRunFiles.Read)
            .OfType<CheckRun>()
            .Where(r => r.Build == build)
            .OrderBy(r => r.StartedUtc)];
        if (runs.Count < 2)
        {
            throw new UsageException($"the study needs at least 2 claims checks of build {build} under {root}, found {runs.Count}");
        }

        // Judged without any kept spread: the study measures the spread, so it must not assume one;
        // and judged again with the spread kept in the repository, as later checks are.
        var judged = runs.Select(r => CheckJudge.Judge(r)).ToList();
        IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> kept = RatioSpread.Load();
        var judgedKept = runs.Select(r => CheckJudge.Judge(r, kept)).ToList();
        var rows = new List<StudyRow>();
        var spread = new List<RatioSpreadRow>();
        foreach (Claim claim in SeedClaims.All)
        {
            foreach (ClaimDimension dimension in Enum.GetValues<ClaimDimension>())
            {
                List<DimensionVerdict> verdicts = [.. judged.Select(j => j.Single(v => v.Claim == claim)).Select(v => dimension == ClaimDimension.Latency ? v.Latency : v.Throughput).OfType<DimensionVerdict>()];
                List<DimensionVerdict> withSpread = [.. judgedKept.Select(j => j.Single(v => v.Claim == claim)).Select(v => dimension == ClaimDimension.Latency ? v.Latency : v.Throughput).OfType<DimensionVerdict>()];
                if (verdicts.Count == 0)
                {
                    continue;
                }

                double[] medians = [.. verdicts.Select(v => v.Ratio.Median)];
                string counts = Counts(verdicts);
                rows.Add(new StudyRow(claim.Id, dimension.ToString().ToLowerInvariant(), verdicts.Count, counts, verdicts.Select(v => v.Verdict).Distinct().Count() == 1,
                    medians.Min(), medians.Max(), verdicts.Min(v => v.Ratio.Low), verdicts.Max(v => v.Ratio.High), Counts(withSpread)));
                spread.Add(new RatioSpreadRow(claim.Id, dimension.ToString(), RatioSpread.FactorOf(medians), medians.Length, $"{runs[0].StartedUtc:yyyy-MM-dd HH:mm}–{runs[^1].FinishedUtc:HH:mm}"));
            }
        }

        string folder = ReportFolders.Create(root, ReportFolders.NewRunId(), "reproducibility");
        RatioSpread.Write(Path.Combine(folder, RatioSpread.FileName), spread);
        string table = Markdown(runs, rows) + FloorMarkdown(runs);
        File.WriteAllText(Path.Combine(folder, "reproducibility.md"), table);
        Console.Write(table);
        Console.WriteLine($"study written to {folder}; keep its {RatioSpread.FileName} in bench/Claims/ to widen later checks by the spread measured here");
        return 0;
    }

    private static string Counts(IEnumerable<DimensionVerdict> verdicts) =>
        string.Join(", ", verdicts.GroupBy(v => v.Verdict).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()}× {g.Key}"));

    private static string Markdown(List<CheckRun> runs, List<StudyRow> rows)
    {
        var text = new StringBuilder();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{runs.Count} claims checks of build {runs[0].Build}, {runs[0].StartedUtc:yyyy-MM-dd HH:mm}–{runs[^1].FinishedUtc:HH:mm} UTC ({runs[0].Rounds} rounds each), judged on their own intervals and again with the spread kept in bench/Claims/:");
        text.AppendLine();
        text.AppendLine("| claim | dimension | verdicts | same every time | median ratio, lowest–highest check | widest 95% interval | verdicts with the kept spread |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (StudyRow r in rows)
        {
            text.AppendLine(invariant, $"| {r.Claim} | {r.Dimension} | {r.Verdicts} | {(r.Identical ? "yes" : "**no**")} | {Units.Factor(r.LowestMedian)}–{Units.Factor(r.HighestMedian)} | {Units.Factor(r.LowestBound)}–{Units.Factor(r.HighestBound)} | {r.WithSpread} |");
        }

        return text.ToString();
    }

    /// <summary>Each variant against the Floor, and Spin against Hybrid, over the checks: the range of medians and of interval bounds.</summary>
    private static string FloorMarkdown(List<CheckRun> runs)
    {
        var text = new StringBuilder();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("| time ratio | scenario | bytes | median ratio, lowest–highest check | lowest 95% bound | highest 95% bound | beaten beyond the interval |");
        text.AppendLine("|---|---|---:|---|---|---|---|");
        var rows = runs.SelectMany(r => FloorCheck.Of(r).Select(x => (Row: x, Name: $"{x.Variant} ÷ Floor")).Concat(FloorCheck.SpinAgainstHybrid(r).Select(x => (Row: x, Name: x.Variant))));
        foreach (var group in rows.GroupBy(x => (x.Name, x.Row.Scenario, x.Row.Bytes))
            .Where(g => g.Key.Name.StartsWith("Shm", StringComparison.Ordinal) || g.Key.Scenario == Scenario.Throughput)
            .OrderBy(g => g.Key.Scenario).ThenBy(g => g.Key.Name).ThenBy(g => g.Key.Bytes))
        {
            text.AppendLine(invariant, $"| {group.Key.Name} | {group.Key.Scenario} | {group.Key.Bytes} | {Units.Factor(group.Min(x => x.Row.Ratio.Median))}–{Units.Factor(group.Max(x => x.Row.Ratio.Median))} | {Units.Factor(group.Min(x => x.Row.Ratio.Low))} | {Units.Factor(group.Max(x => x.Row.Ratio.High))} | {group.Count(x => x.Row.Ratio.High < 1)} of {group.Count()} |");
        }

        int beaten = runs.Sum(r => FloorCheck.Of(r).Count(x => x.BeatsTheFloor));
        text.AppendLine();
        text.AppendLine(invariant, $"Variants that beat the Floor beyond their interval, over all {runs.Count} checks and sizes: {beaten}.");
        return text.ToString();
    }

    private sealed record StudyRow(string Claim, string Dimension, int Checks, string Verdicts, bool Identical, double LowestMedian, double HighestMedian, double LowestBound, double HighestBound, string WithSpread);
}

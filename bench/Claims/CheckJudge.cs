using System.Globalization;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Claims;

/// <summary>
/// Judges the seed's claims on an interleaved check. A claim's side and the side it is measured
/// against are each one case, chosen once by its median over all rounds; their ratio is taken
/// within every round (both figures measured within seconds of each other), then summarised over rounds as a median with a
/// 95% interval (<see cref="RatioInterval"/>), widened by the claim's run-to-run spread where the
/// repository keeps one (<see cref="RatioSpread"/>). A verdict is decided only when the whole
/// interval lies on one side of the claim's boundary; otherwise it is inconclusive and says which
/// boundary the interval straddles. Latency and throughput are judged apart; the combined reading
/// holds only where every measured dimension holds, fails where any fails, else is inconclusive.
/// </summary>
public static class CheckJudge
{
    public const string CombinationRule =
        "Latency and throughput are judged apart; the combined verdict holds only where every measured dimension holds, " +
        "does not hold where any measured dimension does not, and is otherwise inconclusive.";

    public static IReadOnlyList<ClaimVerdict> Judge(CheckRun run, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double>? spread = null) =>
        [.. SeedClaims.All.Select(claim => Judge(claim, run, spread ?? new Dictionary<(string, ClaimDimension), double>()))];

    private static ClaimVerdict Judge(Claim claim, CheckRun run, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> spread)
    {
        DimensionVerdict? latency = claim.Rule == ClaimRule.BulkWithSemaphore ? null : Dimension(claim, ClaimDimension.Latency, run, spread);
        DimensionVerdict? throughput = Dimension(claim, ClaimDimension.Throughput, run, spread);
        DimensionVerdict[] measured = [.. new[] { latency, throughput }.OfType<DimensionVerdict>()];
        if (measured.Length == 0)
        {
            return new ClaimVerdict(claim, null, null, Verdicts.NotMeasured, $"no case of {string.Join(", ", claim.Transports)} (or nothing to compare it with) in this check");
        }

        string verdict = measured.All(d => d.Verdict == Verdicts.Holds) ? Verdicts.Holds
            : measured.Any(d => d.Verdict == Verdicts.DoesNotHold) ? Verdicts.DoesNotHold
            : Verdicts.Inconclusive;
        return new ClaimVerdict(claim, latency, throughput, verdict, string.Join("; ", measured.Select(d => $"{d.Dimension.ToString().ToLowerInvariant()}: {d.Reason}")));
    }

    /// <summary>
    /// The claim's side and the side it is measured against are each one case, chosen once: the
    /// variant that is best over all rounds. Choosing the best anew in every round would
    /// take a maximum over many noisy figures, which favours the side with more variants; fixed
    /// cases give a ratio of two figures measured in the same round, which the round's mood cancels.
    /// </summary>
    private static DimensionVerdict? Dimension(Claim claim, ClaimDimension dimension, CheckRun run, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> spread)
    {
        bool latency = dimension == ClaimDimension.Latency;
        Scenario scenario = latency ? Scenario.PingPong : Scenario.Throughput;
        List<int> candidates = [.. run.Cases.Select((c, i) => (Case: c, Index: i))
            .Where(x => x.Case.Scenario == scenario && x.Case.Bytes == ReferenceBytes(x.Case) && !x.Case.Transport.IsReference && run.Figures.Any(r => double.IsFinite(r[x.Index])))
            .Select(x => x.Index)];
        bool Mine(Transport t) => claim.Transports.Contains(t.Name) && (claim.Rule != ClaimRule.BulkWithSemaphore || t.Variant == nameof(WaitStrategy.Semaphore));
        bool Scale(Transport t) => (claim.Rule == ClaimRule.Tier || !claim.Transports.Contains(t.Name)) && (!latency || t.CarriesData);
        if (Best(run, candidates.Where(i => Mine(run.Cases[i].Transport)), latency) is not int own
            || Best(run, candidates.Where(i => Scale(run.Cases[i].Transport)), latency) is not int scale)
        {
            return null;
        }

        // Above 1: behind the scale. Round trips: more time is behind; streams: fewer MiB/s is behind.
        IEnumerable<double> ratios = run.Figures.Select(r => latency ? r[own] / r[scale] : r[scale] / r[own]);
        string variant = run.Cases[own].Label;
        RatioInterval interval = RatioInterval.Of(ratios)!.Widen(spread.GetValueOrDefault((claim.Id, dimension), 1));
        string against = run.Cases[scale].Label;
        (string verdict, string boundary, string reason) = claim.Rule == ClaimRule.Tier
            ? AgainstTier(claim.ClaimedTier!.Value, interval, against)
            : AgainstFirstPlace(interval, against, claim.Rule == ClaimRule.FastestOfAll ? "every other mechanism" : "every mechanism that is not shared memory");
        return new DimensionVerdict(dimension, variant, interval, boundary, verdict, $"{variant} {reason}");
    }

    /// <summary>
    /// The case with the lowest round trip, or the highest stream, judged by the median over rounds of
    /// its figure over a common reference case of the same round, so that the choice, like every
    /// ratio, does not depend on how the machine's speed moved between rounds.
    /// </summary>
    private static int? Best(CheckRun run, IEnumerable<int> cases, bool lowerIsBetter)
    {
        List<int> list = [.. cases];
        if (list.Count == 0)
        {
            return null;
        }

        int reference = list[0];
        var scores = list.Select(i => (Index: i, Score: RatioInterval.Of(run.Figures.Select(r => r[i] / r[reference]))?.Median)).Where(x => x.Score is not null).ToList();
        return scores.Count == 0 ? null : (lowerIsBetter ? scores.MinBy(x => x.Score) : scores.MaxBy(x => x.Score)).Index;
    }

    private static (string Verdict, string Boundary, string Reason) AgainstTier(SpeedTier claimed, RatioInterval r, string best)
    {
        (double low, double high) = TieringRule.RangeOf(claimed);
        string range = $"{Factor(r.Median)} behind the best, {best} (95% interval {Factor(r.Low)}–{Factor(r.High)}, {r.Rounds} rounds)";
        if (r.Low > low && r.High <= high)
        {
            return (Verdicts.Holds, "", $"is {range}: {Tier(claimed)}, as claimed");
        }

        double[] straddled = [.. TieringRule.Boundaries.Where(b => r.Low <= b && b < r.High && (b == low || b == high))];
        if (straddled.Length > 0)
        {
            string boundary = string.Join(" and ", straddled.Select(b => $"the {Factor(b)} boundary"));
            return (Verdicts.Inconclusive, string.Join(" ", straddled.Select(Factor)), $"is {range}: the interval straddles {boundary} of {Tier(claimed)}");
        }

        return (Verdicts.DoesNotHold, "", $"is {range}: {Tier(TieringRule.FromRatio(r.Median))}, not {Tier(claimed)}");
    }

    private static (string Verdict, string Boundary, string Reason) AgainstFirstPlace(RatioInterval r, string best, string rivals)
    {
        string range = $"is at {Factor(r.Median)} of {best}, the best of {rivals} (95% interval {Factor(r.Low)}–{Factor(r.High)}, {r.Rounds} rounds; below 1x is ahead)";
        return r.High < 1 ? (Verdicts.Holds, "", $"{range}: ahead")
            : r.Low > 1 ? (Verdicts.DoesNotHold, "", $"{range}: behind")
            : (Verdicts.Inconclusive, Factor(1), $"{range}: the interval straddles 1x");
    }

    private static string Tier(SpeedTier tier) => tier.ToString().ToLowerInvariant();

    private static string Factor(double ratio) => ratio.ToString(ratio < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "x";

    /// <summary>The size the claims compare a case at (the check also holds other sizes, for the Floor).</summary>
    private static int ReferenceBytes(CheckCase c) =>
        c.Scenario == Scenario.PingPong ? PingPongBenchmark.ReferenceSizeFor(c.Transport) : ThroughputBenchmark.ReferenceChunk;
}

using System.Globalization;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Claims;

/// <summary>
/// Judges the seed's claims on an interleaved check. Every ratio is taken within a round (all its
/// figures measured within seconds of each other), then summarised over rounds as a median with a
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

    public static IReadOnlyList<ClaimVerdict> Judge(CheckRun run, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double>? spread = null)
    {
        var rounds = Enumerable.Range(0, run.Rounds).Select(r => new RoundFigures(run, r)).ToList();
        return [.. SeedClaims.All.Select(claim => Judge(claim, rounds, spread ?? new Dictionary<(string, ClaimDimension), double>()))];
    }

    private static ClaimVerdict Judge(Claim claim, List<RoundFigures> rounds, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> spread)
    {
        DimensionVerdict? latency = claim.Rule == ClaimRule.BulkWithSemaphore ? null : Dimension(claim, ClaimDimension.Latency, rounds, spread);
        DimensionVerdict? throughput = Dimension(claim, ClaimDimension.Throughput, rounds, spread);
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

    private static DimensionVerdict? Dimension(Claim claim, ClaimDimension dimension, List<RoundFigures> rounds, IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> spread)
    {
        // Per round: the claim's best variant, and the ratio that says how far behind (above 1) or ahead (below 1) it is.
        var perRound = rounds.Select(r => Ratio(claim, dimension, r)).Where(x => x is not null).Select(x => x!.Value).ToList();
        if (perRound.Count == 0)
        {
            return null;
        }

        string variant = perRound.GroupBy(x => x.Variant).MaxBy(g => g.Count())!.Key;
        RatioInterval interval = RatioInterval.Of(perRound.Select(x => x.Ratio))!.Widen(spread.GetValueOrDefault((claim.Id, dimension), 1));
        (string verdict, string boundary, string reason) = claim.Rule == ClaimRule.Tier
            ? AgainstTier(claim.ClaimedTier!.Value, interval)
            : AgainstFirstPlace(interval, claim.Rule == ClaimRule.FastestOfAll ? "every other mechanism" : "every mechanism that is not shared memory");
        return new DimensionVerdict(dimension, variant, interval, boundary, verdict, $"{variant} {reason}");
    }

    /// <summary>The per-round ratio a claim rests on, or null when that round lacks the figures.</summary>
    private static (string Variant, double Ratio)? Ratio(Claim claim, ClaimDimension dimension, RoundFigures round)
    {
        bool latency = dimension == ClaimDimension.Latency;
        Func<Transport, bool> mine = t => claim.Transports.Contains(t.Name) && (claim.Rule != ClaimRule.BulkWithSemaphore || t.Variant == nameof(WaitStrategy.Semaphore));
        Func<Transport, bool> others = claim.Rule == ClaimRule.Tier ? _ => true : t => !claim.Transports.Contains(t.Name);
        (Transport Variant, double Figure)? best = latency ? round.FastestRoundTrip(mine, dataOnly: false) : round.FastestStream(mine);
        (Transport Variant, double Figure)? scale = latency ? round.FastestRoundTrip(others, dataOnly: true) : round.FastestStream(others);
        if (best is not { } b || scale is not { } s)
        {
            return null;
        }

        // Above 1: behind the scale. Round trips: more time is behind; streams: fewer MiB/s is behind.
        return (b.Variant.Label, latency ? b.Figure / s.Figure : s.Figure / b.Figure);
    }

    private static (string Verdict, string Boundary, string Reason) AgainstTier(SpeedTier claimed, RatioInterval r)
    {
        (double low, double high) = TieringRule.RangeOf(claimed);
        string range = $"{Factor(r.Median)} behind the best (95% interval {Factor(r.Low)}–{Factor(r.High)}, {r.Rounds} rounds)";
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

    private static (string Verdict, string Boundary, string Reason) AgainstFirstPlace(RatioInterval r, string rivals)
    {
        string range = $"is at {Factor(r.Median)} of the best of {rivals} (95% interval {Factor(r.Low)}–{Factor(r.High)}, {r.Rounds} rounds; below 1x is ahead)";
        return r.High < 1 ? (Verdicts.Holds, "", $"{range}: ahead")
            : r.Low > 1 ? (Verdicts.DoesNotHold, "", $"{range}: behind")
            : (Verdicts.Inconclusive, Factor(1), $"{range}: the interval straddles 1x");
    }

    private static string Tier(SpeedTier tier) => tier.ToString().ToLowerInvariant();

    private static string Factor(double ratio) => ratio.ToString(ratio < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "x";

    /// <summary>The size the claims compare a case at (the check also holds other sizes, for the Floor).</summary>
    private static int ReferenceBytes(CheckCase c) =>
        c.Scenario == Scenario.PingPong ? PingPongBenchmark.ReferenceSizeFor(c.Transport) : ThroughputBenchmark.ReferenceChunk;

    /// <summary>The figures of one round, by transport variant.</summary>
    private sealed class RoundFigures(CheckRun run, int round)
    {
        /// <summary>The lowest reference round trip among the matching variants; the Floor never counts, and with <paramref name="dataOnly"/> neither do wake-ups.</summary>
        public (Transport, double)? FastestRoundTrip(Func<Transport, bool> include, bool dataOnly) =>
            Figures(Scenario.PingPong, t => include(t) && (!dataOnly || t.CarriesData)).OrderBy(x => x!.Value.Item2).FirstOrDefault();

        public (Transport, double)? FastestStream(Func<Transport, bool> include) =>
            Figures(Scenario.Throughput, include).OrderByDescending(x => x!.Value.Item2).FirstOrDefault();

        private IEnumerable<(Transport, double)?> Figures(Scenario scenario, Func<Transport, bool> include) =>
            run.Cases.Select((c, i) => (Case: c, Figure: run.Figures[round][i]))
                .Where(x => x.Case.Scenario == scenario && x.Case.Bytes == ReferenceBytes(x.Case) && !x.Case.Transport.IsReference && include(x.Case.Transport) && double.IsFinite(x.Figure))
                .Select(x => ((Transport, double)?)(x.Case.Transport, x.Figure));
    }
}

using IpcBench.Bench.Latency;
using IpcBench.Transports.Catalog;

namespace IpcBench.Bench.Claims;

/// <summary>
/// For a claim judged on latency, the tiering rule applied to p99 of back-to-back round trips
/// (from the latency verb): where the tail puts the mechanism in another tier and so would
/// change the verdict, the reason says so.
/// </summary>
public static class TailRule
{
    public static ClaimVerdict Weigh(ClaimVerdict verdict, IReadOnlyList<LatencyRow> latency)
    {
        List<LatencyRow> backToBack = [.. latency.Where(r => r.RequestedRatePerSecond is null && !TransportCatalog.Find(r.Transport).IsReference)];
        long? best = backToBack.Where(r => r.SizeBytes > 0).Select(r => (long?)r.P99Ns).Min();
        long? mine = backToBack.Where(r => verdict.Claim.Transports.Contains(r.Transport)).Select(r => (long?)r.P99Ns).Min();
        if (verdict.ThroughputTier is not null || verdict.LatencyTier is null || verdict.Claim.ClaimedTier is null || best is not > 0 || mine is null)
        {
            return verdict;
        }

        SpeedTier tail = TieringRule.FromRatio((double)mine.Value / best.Value);
        bool tailHolds = tail == verdict.Claim.ClaimedTier;
        bool medianHolds = verdict.Verdict == Verdicts.Holds;
        string tier = tail.ToString().ToLowerInvariant();
        return tailHolds == medianHolds
            ? verdict with { Reason = $"{verdict.Reason}; p99 agrees ({tier})" }
            : verdict with { Reason = $"{verdict.Reason}; but at p99 it is {tier}, which would {(tailHolds ? "uphold" : "refute")} the claim" };
    }
}

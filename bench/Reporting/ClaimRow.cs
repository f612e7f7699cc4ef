using IpcBench.Bench.Claims;

namespace IpcBench.Bench.Reporting;

/// <summary>One row of claims.csv.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ClaimRow(
    string Source,
    string Mechanism,
    string Claimed,
    string Transports,
    string? RoundTripVariant,
    double? RoundTripNs,
    double? RoundTripRatioToBest,
    string? LatencyTier,
    string? ThroughputVariant,
    double? MiBPerSecond,
    double? ThroughputRatioToBest,
    string? ThroughputTier,
    string? MeasuredTier,
    string Verdict,
    string Reason,
    string? Caveat)
{
    public static ClaimRow From(ClaimVerdict v) => new(
        v.Claim.Source, v.Claim.Mechanism, v.Claim.Claimed, string.Join(' ', v.Claim.Transports), v.LatencyVariant,
        v.LatencyNs, v.LatencyRatio, Lower(v.LatencyTier), v.ThroughputVariant, v.MiBPerSecond, v.ThroughputRatio, Lower(v.ThroughputTier),
        Lower(v.MeasuredTier), v.Verdict, v.Reason, v.Claim.Caveat);

    private static string? Lower(SpeedTier? tier) => tier?.ToString().ToLowerInvariant();
}

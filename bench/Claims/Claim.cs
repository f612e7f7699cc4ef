namespace IpcBench.Bench.Claims;

/// <summary>How a claim is judged.</summary>
public enum ClaimRule
{
    /// <summary>The mechanism's measured tier must equal the claimed one (<see cref="TieringRule"/>).</summary>
    Tier,

    /// <summary>The mechanism must have both the lowest round trip and the highest throughput.</summary>
    FastestOfAll,

    /// <summary>Shared memory with a semaphore wake-up must stream at the top tier and beat every other mechanism.</summary>
    BulkWithSemaphore,
}

/// <summary>One speed claim of the seed document and the transports that stand for its mechanism.</summary>
public sealed record Claim(string Source, string Mechanism, string Claimed, SpeedTier? ClaimedTier, IReadOnlyList<string> Transports, ClaimRule Rule, string? Caveat);

/// <summary>A claim set against the measurements.</summary>
public sealed record ClaimVerdict(
    Claim Claim,
    string? LatencyVariant,
    string? ThroughputVariant,
    double? LatencyNs,
    double? LatencyRatio,
    SpeedTier? LatencyTier,
    double? MiBPerSecond,
    double? ThroughputRatio,
    SpeedTier? ThroughputTier,
    SpeedTier? MeasuredTier,
    string Verdict,
    string Reason);

/// <summary>The words a verdict can be.</summary>
public static class Verdicts
{
    public const string Holds = "holds";
    public const string DoesNotHold = "does not hold";
    public const string NotMeasured = "not measured";
}

namespace IpcBench.Bench.Claims;

/// <summary>How a claim is judged.</summary>
public enum ClaimRule
{
    /// <summary>The mechanism's tier must be the claimed one (<see cref="TieringRule"/>).</summary>
    Tier,

    /// <summary>The mechanism must be faster than every other, in round trip and in throughput.</summary>
    FastestOfAll,

    /// <summary>Shared memory with a semaphore wake-up must stream faster than every mechanism that is not shared memory.</summary>
    BulkWithSemaphore,
}

/// <summary>What a claim can be judged on.</summary>
public enum ClaimDimension
{
    /// <summary>The reference round trip (64 bytes; 0 for a mechanism that carries no data).</summary>
    Latency,

    /// <summary>The reference stream (64 KiB chunks).</summary>
    Throughput,
}

/// <summary>
/// One distinct speed claim of the seed document — where the document says the same thing twice
/// (its two tables), that is one claim with two sources — and the transports that stand for it.
/// </summary>
public sealed record Claim(
    string Mechanism,
    string Claimed,
    SpeedTier? ClaimedTier,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Transports,
    ClaimRule Rule,
    string? Caveat)
{
    /// <summary>A stable name for data kept about the claim (its run-to-run spread).</summary>
    public string Id => $"{Mechanism}: {Claimed}";
}

/// <summary>The verdict words.</summary>
public static class Verdicts
{
    public const string Holds = "holds";
    public const string DoesNotHold = "does not hold";
    public const string Inconclusive = "inconclusive";
    public const string NotMeasured = "not measured";
}

/// <summary>A claim judged on one dimension: the ratio it rests on, per round, as a median with its interval.</summary>
public sealed record DimensionVerdict(ClaimDimension Dimension, string Variant, RatioInterval Ratio, string Boundary, string Verdict, string Reason);

/// <summary>A claim set against the interleaved check: each dimension apart, and one combined reading.</summary>
public sealed record ClaimVerdict(Claim Claim, DimensionVerdict? Latency, DimensionVerdict? Throughput, string Verdict, string Reason)
{
    public IEnumerable<DimensionVerdict> Dimensions => new[] { Latency, Throughput }.OfType<DimensionVerdict>();
}

namespace IpcBench.Bench.Claims;

/// <summary>The seed document's speed words, as tiers the measurements can be put in.</summary>
public enum SpeedTier
{
    Low,
    Medium,
    High,
}

/// <summary>
/// The tiering rule, applied the same way to every transport: a figure's ratio to the best
/// data-carrying transport of the same run and scenario (the Floor is a reference, not a
/// contender). Within <see cref="HighWithin"/>x of the best is high, within
/// <see cref="MediumWithin"/>x medium, beyond that low.
/// </summary>
public static class TieringRule
{
    public const double HighWithin = 2.0;
    public const double MediumWithin = 10.0;

    public const string Statement =
        "A mechanism's tier comes from its best variant's figure divided by the best data-carrying transport's figure in the same run " +
        "(the Floor excluded): for throughput, best MiB/s over its MiB/s with 64 KiB chunks; for latency, its median 64-byte round trip " +
        "(0 bytes for mechanisms that carry no data) over the best one. A ratio up to 2 is high, up to 10 medium, above 10 low. " +
        "A claim's verdict uses throughput where the mechanism streams data, latency where it carries none.";

    public static SpeedTier FromRatio(double ratio) =>
        ratio <= HighWithin ? SpeedTier.High : ratio <= MediumWithin ? SpeedTier.Medium : SpeedTier.Low;
}

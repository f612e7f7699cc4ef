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
        "A mechanism's tier comes from the ratio of its best variant's figure to the best data-carrying transport's (the Floor excluded; each chosen " +
        "once, by its median ratio to a common reference over all rounds), taken within each round of the interleaved check: for latency its reference round trip (64 bytes; 0 for a mechanism that carries " +
        "no data) over the best 64-byte round trip, for throughput the best MiB/s over its MiB/s with 64 KiB chunks. Up to 2x is high, up to " +
        "10x medium, above 10x low. A verdict is decided only when the whole 95% interval of the ratio lies inside or outside the claimed tier.";

    /// <summary>The tier boundaries, in ascending order.</summary>
    public static IReadOnlyList<double> Boundaries { get; } = [HighWithin, MediumWithin];

    /// <summary>The ratios a tier covers: (low, high].</summary>
    public static (double Low, double High) RangeOf(SpeedTier tier) => tier switch
    {
        SpeedTier.High => (0, HighWithin),
        SpeedTier.Medium => (HighWithin, MediumWithin),
        _ => (MediumWithin, double.PositiveInfinity),
    };

    public static SpeedTier FromRatio(double ratio) =>
        ratio <= HighWithin ? SpeedTier.High : ratio <= MediumWithin ? SpeedTier.Medium : SpeedTier.Low;
}

using IpcBench.Bench.Claims;

namespace IpcBench.Tests.Reporting;

/// <summary>
/// What the fixture run (tests/Fixtures/short-run, a real --job short run on the 2-vCPU CI VM)
/// says about the seed's claims under the stated tiering rule.
/// </summary>
public static class ExpectedVerdicts
{
    private static readonly (string Source, string Mechanism, SpeedTier Tier, string Verdict)[] Expected =
    [
        ("seed table 1", "Pipe", SpeedTier.Medium, Verdicts.Holds),
        ("seed table 1", "FIFO", SpeedTier.Medium, Verdicts.Holds),
        ("seed table 1", "Message queue", SpeedTier.Medium, Verdicts.Holds),
        ("seed table 1", "Signal", SpeedTier.Low, Verdicts.DoesNotHold),
        ("seed table 1", "Shared memory", SpeedTier.High, Verdicts.Holds),
        ("seed table 1", "Semaphore", SpeedTier.Low, Verdicts.DoesNotHold),
        ("seed table 1", "Socket", SpeedTier.High, Verdicts.DoesNotHold),
        ("seed table 1", "Stdio", SpeedTier.Medium, Verdicts.DoesNotHold),
        ("seed table 2", "Pipe", SpeedTier.Medium, Verdicts.Holds),
        ("seed table 2", "Socket", SpeedTier.High, Verdicts.DoesNotHold),
        ("seed table 2", "Stdio", SpeedTier.Medium, Verdicts.DoesNotHold),
        ("seed text", "Shared memory", SpeedTier.High, Verdicts.Holds),
        ("seed text", "Shared memory + semaphore", SpeedTier.High, Verdicts.Holds),
    ];

    public static void Check(IReadOnlyList<ClaimVerdict> verdicts)
    {
        Assert.Equal(10, verdicts.Count(v => v.Verdict == Verdicts.Holds));
        Assert.Equal(7, verdicts.Count(v => v.Verdict == Verdicts.DoesNotHold));
        foreach ((string source, string mechanism, SpeedTier tier, string verdict) in Expected)
        {
            ClaimVerdict v = verdicts.Single(v => v.Claim.Source == source && v.Claim.Mechanism == mechanism);
            Assert.True(tier == v.MeasuredTier && verdict == v.Verdict, $"{source} {mechanism}: {v.MeasuredTier} {v.Verdict} ({v.Reason})");
        }

        // Judged on throughput where data streams, on latency where none does.
        Assert.Equal("Shm (Spin)", verdicts.First(v => v.Claim.Mechanism == "Shared memory").ThroughputVariant);
        Assert.Null(verdicts.First(v => v.Claim.Mechanism == "Signal").ThroughputTier);
    }
}

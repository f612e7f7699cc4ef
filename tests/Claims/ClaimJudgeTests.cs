using IpcBench.Bench.Claims;
using IpcBench.Bench.Results;
using IpcBench.Tests.Reporting;

namespace IpcBench.Tests.Claims;

/// <summary>The claims judged on a real run (tests/Fixtures/short-run).</summary>
public class ClaimJudgeTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Verdicts_of_the_fixture_run() => ExpectedVerdicts.Check(fixture.Verdicts);

    [Fact]
    public void Every_tier_follows_the_stated_rule()
    {
        foreach (ClaimVerdict v in fixture.Verdicts)
        {
            if (v.ThroughputRatio is double t)
            {
                Assert.Equal(TieringRule.FromRatio(t), v.ThroughputTier);
            }

            if (v.LatencyRatio is double l)
            {
                Assert.Equal(TieringRule.FromRatio(l), v.LatencyTier);
            }
        }
    }

    [Fact]
    public void Every_claim_has_a_verdict_and_a_reason()
    {
        Assert.Equal(SeedClaims.All.Count, fixture.Verdicts.Count);
        Assert.All(fixture.Verdicts, v =>
        {
            Assert.Contains(v.Verdict, new[] { Verdicts.Holds, Verdicts.DoesNotHold, Verdicts.NotMeasured });
            Assert.False(string.IsNullOrWhiteSpace(v.Reason));
        });
    }

    [Fact]
    public void Without_results_every_claim_is_not_measured()
    {
        Assert.All(ClaimJudge.Judge(Array.Empty<BenchmarkResult>()), v => Assert.Equal(Verdicts.NotMeasured, v.Verdict));
    }
}

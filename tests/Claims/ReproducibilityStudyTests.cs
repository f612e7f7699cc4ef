using IpcBench.Bench.Claims;
using IpcBench.Bench.CommandLine;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;

namespace IpcBench.Tests.Claims;

public sealed class ReproducibilityStudyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("study-test-").FullName;

    [Fact]
    public void The_study_counts_verdicts_per_claim_and_keeps_the_spread_of_the_medians()
    {
        // Three checks of this build on three machine moods, and one of another build that must not count.
        foreach ((double slow, int seed) in new[] { (1.0, 1), (2.5, 2), (0.7, 3) })
        {
            CheckRun run = SyntheticCheck.Make(20, seed: seed, drift: _ => slow) with { Build = BuildIdentity.Current };
            ClaimsReport.Write(_root, run, ClaimsCheck.Judge(run));
        }

        CheckRun other = SyntheticCheck.Make(20, figure: c => 1) with { Build = "another-build" };
        ClaimsReport.Write(_root, other, ClaimsCheck.Judge(other));

        Assert.Equal(0, ReproducibilityVerb.Study(_root));
        string study = Directory.GetDirectories(_root, "*-reproducibility").Single();
        string table = File.ReadAllText(Path.Combine(study, "reproducibility.md"));
        Assert.StartsWith("3 claims checks of build", table);
        Assert.Contains("| Signal: high | latency | 3× does not hold | yes |", table);
        Assert.EndsWith("| 3× does not hold |", table.Split('\n').First(l => l.StartsWith("| Signal: high | latency", StringComparison.Ordinal)));

        IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> spread = RatioSpread.Load(Path.Combine(study, RatioSpread.FileName));
        // The machine's mood cancels within rounds, so only noise moves the medians: a few percent.
        Assert.InRange(spread[("Signal: high", ClaimDimension.Latency)], 1.0, 1.1);
        Assert.False(spread.ContainsKey(("Signal: high", ClaimDimension.Throughput)));
    }

    [Fact]
    public void A_study_of_fewer_than_two_checks_is_refused()
    {
        Assert.Throws<UsageException>(() => ReproducibilityVerb.Study(_root));
    }

    [Fact]
    public void The_spread_factor_reaches_every_checks_median()
    {
        Assert.Equal(1, RatioSpread.FactorOf([3.0]));
        Assert.Equal(2, RatioSpread.FactorOf([3.0, 6.0, 4.0]));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

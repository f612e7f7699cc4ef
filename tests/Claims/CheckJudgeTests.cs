using IpcBench.Bench.Claims;
using IpcBench.Bench.Rounds;

namespace IpcBench.Tests.Claims;

/// <summary>Verdicts on synthetic checks: what is far from a boundary is decided, what sits on one is not, drift cancels.</summary>
public class CheckJudgeTests
{
    [Fact]
    public void A_ratio_far_from_every_boundary_decides()
    {
        IReadOnlyList<ClaimVerdict> verdicts = CheckJudge.Judge(SyntheticCheck.Make(20));
        ClaimVerdict signal = Of(verdicts, "Signal");
        Assert.Equal(Verdicts.DoesNotHold, signal.Verdict);
        Assert.InRange(signal.Latency!.Ratio.Median, 120, 145);
        Assert.Null(signal.Throughput);

        ClaimVerdict shm = Of(verdicts, "Shared memory", "high");
        Assert.Equal(Verdicts.Holds, shm.Verdict);
        Assert.Equal("Shm (Spin)", shm.Throughput!.Variant);

        // A pipe: 1,000 MiB/s against 10,000 is 10x, on the medium|low boundary; its round trip is ~27x: low.
        ClaimVerdict pipe = Of(verdicts, "Pipe");
        Assert.Equal(Verdicts.DoesNotHold, pipe.Latency!.Verdict);
        Assert.Equal(Verdicts.Inconclusive, pipe.Throughput!.Verdict);
        Assert.Equal("10.0x", pipe.Throughput.Boundary);
        Assert.Equal(Verdicts.DoesNotHold, pipe.Verdict);
    }

    [Fact]
    public void A_ratio_on_a_boundary_is_inconclusive_naming_it()
    {
        // The one mechanism besides shared memory streams at Shm Block's pace: neither ahead nor behind.
        CheckRun run = SyntheticCheck.Make(20, cases: CheckCase.Matching(["ShmThroughput", "UnixStreamThroughput"]), figure: c => 6_000);
        ClaimVerdict bulk = Of(CheckJudge.Judge(run), "Shared memory + semaphore");
        Assert.Equal(Verdicts.Inconclusive, bulk.Verdict);
        Assert.Equal("1.00x", bulk.Throughput!.Boundary);
        Assert.Contains("straddles 1x", bulk.Reason);
    }

    [Fact]
    public void Sides_are_chosen_once_so_more_variants_on_one_side_do_not_win_on_noise()
    {
        // Every stream equally fast, with 10% noise: eight rivals against shared memory's four variants.
        CheckRun run = SyntheticCheck.Make(15, noise: 0.10, cases: CheckCase.Matching(["*Throughput*"]), figure: _ => 6_000);
        DimensionVerdict fastest = Of(CheckJudge.Judge(run), "Shared memory", "the fastest of all").Throughput!;
        Assert.InRange(fastest.Ratio.Median, 0.95, 1.05);
        Assert.Equal(Verdicts.Inconclusive, fastest.Verdict);
    }

    [Fact]
    public void A_machine_that_drifts_under_all_cases_alike_leaves_ratios_and_verdicts_unchanged()
    {
        CheckRun steady = SyntheticCheck.Make(20, seed: 7);
        CheckRun drifting = SyntheticCheck.Make(20, seed: 7, drift: r => r % 3 == 0 ? 4.5 : 1 + r * 0.1);
        IReadOnlyList<ClaimVerdict> a = CheckJudge.Judge(steady);
        IReadOnlyList<ClaimVerdict> b = CheckJudge.Judge(drifting);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Verdict, b[i].Verdict);
            foreach ((DimensionVerdict x, DimensionVerdict y) in a[i].Dimensions.Zip(b[i].Dimensions))
            {
                Assert.Equal(x.Ratio.Median, y.Ratio.Median, 9);
                Assert.Equal(x.Ratio.Low, y.Ratio.Low, 9);
                Assert.Equal(x.Ratio.High, y.Ratio.High, 9);
            }
        }
    }

    [Fact]
    public void A_check_of_some_transports_judges_nothing_on_absent_data()
    {
        CheckRun run = SyntheticCheck.Make(10, cases: CheckCase.Matching(["*Shm*", "*Fifo*"]));
        IReadOnlyList<ClaimVerdict> verdicts = CheckJudge.Judge(run);
        foreach ((string absent, string claimed) in new[] { ("Pipe", "medium"), ("Message queue", "medium"), ("Signal", "high"), ("Semaphore", "high"), ("Socket", "low"), ("Socket", "across hosts, low"), ("Stdio", "high") })
        {
            ClaimVerdict v = Of(verdicts, absent, claimed);
            Assert.Equal(Verdicts.NotMeasured, v.Verdict);
            Assert.Empty(v.Dimensions);
        }

        Assert.NotEqual(Verdicts.NotMeasured, Of(verdicts, "FIFO").Verdict);
        Assert.NotEqual(Verdicts.NotMeasured, Of(verdicts, "Shared memory", "the fastest of all").Verdict);
    }

    [Fact]
    public void Only_throughput_cases_leave_latency_unjudged_not_failed()
    {
        CheckRun run = SyntheticCheck.Make(10, cases: CheckCase.Matching(["*Throughput*"]));
        ClaimVerdict fastest = Of(CheckJudge.Judge(run), "Shared memory", "the fastest of all");
        Assert.Null(fastest.Latency);
        Assert.Equal(Verdicts.Holds, fastest.Verdict);
    }

    [Fact]
    public void A_kept_run_to_run_spread_widens_the_interval_until_it_cannot_decide()
    {
        CheckRun run = SyntheticCheck.Make(20);
        Claim fifo = SeedClaims.All.Single(c => c.Mechanism == "FIFO");
        Assert.Equal(Verdicts.DoesNotHold, Of(CheckJudge.Judge(run), "FIFO").Latency!.Verdict);
        var spread = new Dictionary<(string, ClaimDimension), double> { [(fifo.Id, ClaimDimension.Latency)] = 3 };
        Assert.Equal(Verdicts.Inconclusive, Of(CheckJudge.Judge(run, spread), "FIFO").Latency!.Verdict);
    }

    private static ClaimVerdict Of(IReadOnlyList<ClaimVerdict> verdicts, string mechanism, string? claimed = null) =>
        verdicts.Single(v => v.Claim.Mechanism == mechanism && (claimed is null || v.Claim.Claimed == claimed));
}

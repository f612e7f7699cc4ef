using IpcBench.Bench.Cases;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Gate;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Tests.Gate;

/// <summary>The A/B decision on synthetic pairs: the machine's mood moves both launches of a pair and must cancel.</summary>
public class PairedGateTests
{
    private static readonly CaseKey Tcp = new("Tcp", null, Scenario.PingPong, 64, "Split");
    private static readonly CaseKey Shm = new("Shm", "Spin", Scenario.PingPong, 64, "Split");
    private static readonly PairedGate Gate = new(GateThreshold.Default.Factor);

    [Fact]
    public void Identical_builds_in_wild_moods_show_no_significant_change()
    {
        // Each pair meets another mood (up to 4x); within a pair the two launches differ by noise of ±5%.
        var random = new Random(7);
        LaunchPair[] pairs = [.. Enumerable.Range(0, 10).Select(_ =>
        {
            double mood = 1 + 3 * random.NextDouble();
            return Pair(Tcp, 30_000 * mood * Noise(random), 30_000 * mood * Noise(random));
        })];
        GateRow row = Assert.Single(Gate.Compare(pairs));
        Assert.Equal(GateVerdict.NoSignificantChange, row.Verdict);
        Assert.InRange(row.Ratio!.Value, 0.9, 1.1);
        Assert.True(row.RatioLow < 1 && row.RatioHigh > 1);
        Assert.Equal(10, row.BaselineSamples);
    }

    [Fact]
    public void A_slowdown_of_one_and_a_half_is_caught_whatever_the_moods()
    {
        var random = new Random(11);
        LaunchPair[] pairs = [.. Enumerable.Range(0, 10).Select(_ =>
        {
            double mood = 1 + 3 * random.NextDouble();
            return Pair(Tcp, 30_000 * mood * Noise(random), 1.5 * 30_000 * mood * Noise(random));
        })];
        GateRow row = Assert.Single(Gate.Compare(pairs));
        Assert.Equal(GateVerdict.Slower, row.Verdict);
        Assert.True(row.FailsGate);
        Assert.InRange(row.Ratio!.Value, 1.35, 1.65);
    }

    [Fact]
    public void A_small_but_certain_slowdown_below_the_threshold_passes()
    {
        LaunchPair[] pairs = [.. Enumerable.Range(0, 10).Select(i => Pair(Tcp, 30_000, 30_000 * (1.1 + 0.001 * i)))];
        Assert.Equal(GateVerdict.NoSignificantChange, Assert.Single(Gate.Compare(pairs)).Verdict);
    }

    [Fact]
    public void A_large_median_with_pairs_on_both_sides_of_one_is_not_a_regression()
    {
        // Half the pairs 2x slower, half 0.9x: the median is high but the sign test cannot exclude 1.
        LaunchPair[] pairs = [.. Enumerable.Range(0, 10).Select(i => Pair(Tcp, 30_000, 30_000 * (i < 6 ? 2.0 : 0.9)))];
        Assert.Equal(GateVerdict.NoSignificantChange, Assert.Single(Gate.Compare(pairs)).Verdict);
    }

    [Fact]
    public void Faster_is_said_when_every_pair_shows_it_beyond_the_threshold()
    {
        LaunchPair[] pairs = [.. Enumerable.Range(0, 8).Select(i => Pair(Tcp, 30_000, 15_000 + i))];
        Assert.Equal(GateVerdict.Faster, Assert.Single(Gate.Compare(pairs)).Verdict);
    }

    [Fact]
    public void Fewer_pairs_than_a_95_percent_interval_needs_decide_nothing()
    {
        LaunchPair[] pairs = [.. Enumerable.Range(0, PairedGate.MinPairs - 1).Select(_ => Pair(Tcp, 30_000, 90_000))];
        Assert.Equal(GateVerdict.TooFewSamples, Assert.Single(Gate.Compare(pairs)).Verdict);
    }

    [Fact]
    public void A_case_the_current_build_lost_in_a_launch_fails_and_new_and_missing_cases_are_named()
    {
        LaunchPair[] pairs = [.. Enumerable.Range(0, 8).Select(i => new LaunchPair(
            [Result(Tcp, 30_000), Result(Shm, 150)],
            i == 3 ? [Result(Tcp, null)] : [Result(Tcp, 30_000)]))];
        IReadOnlyList<GateRow> rows = Gate.Compare(pairs);
        Assert.Equal(GateVerdict.Failed, rows.Single(r => r.Key == Tcp.ToString()).Verdict);
        Assert.Equal(GateVerdict.Missing, rows.Single(r => r.Key == Shm.ToString()).Verdict);

        LaunchPair[] swapped = [.. pairs.Select(p => new LaunchPair(p.Current, p.Baseline))];
        Assert.Equal(GateVerdict.New, Gate.Compare(swapped).Single(r => r.Key == Shm.ToString()).Verdict);
    }

    [Fact]
    public void The_rule_needs_both_an_interval_above_one_and_a_median_at_the_threshold()
    {
        Assert.Equal(GateVerdict.Slower, Gate.Decide(new RatioInterval(1.4, 1.05, 1.8, 10, 0.98)));
        Assert.Equal(GateVerdict.NoSignificantChange, Gate.Decide(new RatioInterval(1.4, 0.95, 1.8, 10, 0.98)));
        Assert.Equal(GateVerdict.NoSignificantChange, Gate.Decide(new RatioInterval(1.2, 1.1, 1.3, 10, 0.98)));
        Assert.Equal(GateVerdict.Faster, Gate.Decide(new RatioInterval(0.7, 0.6, 0.9, 10, 0.98)));
    }

    private static double Noise(Random random) => 0.95 + 0.1 * random.NextDouble();

    private static LaunchPair Pair(CaseKey key, double baselineNs, double currentNs) => new([Result(key, baselineNs)], [Result(key, currentNs)]);

    private static BenchmarkResult Result(CaseKey key, double? medianNs) => new()
    {
        Key = key,
        FullName = key.ToString(),
        Job = "InProcess",
        MedianNs = medianNs,
        Iterations = medianNs is null ? 0 : 5,
        Launches = 1,
        Samples = medianNs is double m ? [m, m, m, m, m] : [],
    };
}

using IpcBench.Bench.Claims;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Bench.Gate;

/// <summary>The results of one pair of A/B launches: the baseline build's and the current build's, measured minutes apart at most.</summary>
public sealed record LaunchPair(IReadOnlyList<BenchmarkResult> Baseline, IReadOnlyList<BenchmarkResult> Current);

/// <summary>
/// Decides the A/B gate on paired launches. Each pair gives one ratio per case, the current
/// launch's median over the baseline launch's; the machine's mood, which moves both launches of a
/// pair alike, cancels in it. The verdict rests on the median of those ratios and its
/// distribution-free 95% interval (<see cref="RatioInterval"/>, a sign test in other words): a
/// case is slower only when the interval lies above 1 (slower beyond chance) and the median ratio
/// reaches the threshold (slower by enough to matter); faster likewise below. Iterations inside
/// one launch are not independent samples of the build — they share that launch's minutes — so
/// the pair, not the iteration, is the unit.
/// </summary>
public sealed class PairedGate(double thresholdFactor)
{
    /// <summary>Pairs below which no order-statistic interval reaches 95%.</summary>
    public const int MinPairs = 6;

    public IReadOnlyList<GateRow> Compare(IReadOnlyList<LaunchPair> pairs)
    {
        string[] keys = [.. pairs
            .SelectMany(p => p.Baseline.Concat(p.Current))
            .Select(RegressionGate.Key)
            .Distinct()
            .Order(StringComparer.Ordinal)];
        return [.. keys.Select(key => Judge(key, pairs))];
    }

    private GateRow Judge(string key, IReadOnlyList<LaunchPair> pairs)
    {
        BenchmarkResult?[] before = [.. pairs.Select(p => Find(p.Baseline, key))];
        BenchmarkResult?[] after = [.. pairs.Select(p => Find(p.Current, key))];
        BenchmarkResult any = before.Concat(after).First(r => r is not null)!;
        double[] beforeMedians = [.. before.Where(r => r?.MedianNs is not null).Select(r => r!.MedianNs!.Value)];
        double[] afterMedians = [.. after.Where(r => r?.MedianNs is not null).Select(r => r!.MedianNs!.Value)];
        double[] ratios = [.. Enumerable.Range(0, pairs.Count)
            .Where(i => before[i]?.MedianNs is > 0 && after[i]?.MedianNs is not null)
            .Select(i => after[i]!.MedianNs!.Value / before[i]!.MedianNs!.Value)];
        RatioInterval? interval = RatioInterval.Of(ratios);

        GateVerdict verdict =
            before.All(r => r is null) ? GateVerdict.New
            : after.All(r => r is null) ? GateVerdict.Missing
            // The current build lost the case in a launch where the baseline measured it: it threw.
            : before.Zip(after).Any(p => p.First?.IsMeasured == true && p.Second?.IsMeasured != true) ? GateVerdict.Failed
            : interval is null || ratios.Length < MinPairs ? GateVerdict.TooFewSamples
            : Decide(interval);
        return new GateRow(
            key,
            any.Scenario == Scenario.Throughput,
            Median(beforeMedians),
            Median(afterMedians),
            beforeMedians.Length,
            afterMedians.Length,
            verdict,
            interval?.Low,
            interval?.High,
            interval?.Median);
    }

    public GateVerdict Decide(RatioInterval interval) =>
        interval.Low > 1 && interval.Median >= thresholdFactor ? GateVerdict.Slower
        : interval.High < 1 && interval.Median <= 1 / thresholdFactor ? GateVerdict.Faster
        : GateVerdict.NoSignificantChange;

    private static BenchmarkResult? Find(IReadOnlyList<BenchmarkResult> results, string key) =>
        results.FirstOrDefault(r => RegressionGate.Key(r) == key);

    private static double? Median(double[] values) => RatioInterval.Of(values)?.Median;
}


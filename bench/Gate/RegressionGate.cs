using IpcBench.Bench.Claims;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;
using Perfolizer.Horology;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace IpcBench.Bench.Gate;

/// <summary>
/// Compares a run with a baseline case by case (keyed by the case, not the job) with Perfolizer's
/// Mann–Whitney equivalence test on the per-iteration samples: a case is slower only when the
/// test says the current samples are larger than the baseline's by more than the threshold at
/// the significance level. With few samples Mann–Whitney cannot reach a small p-value at all,
/// so such cases say so instead of passing unnoticed.
/// </summary>
public sealed class RegressionGate(Threshold threshold, SignificanceLevel significance)
{
    /// <summary>
    /// Samples per side below which the test cannot decide at the default level: with n a side the
    /// smallest one-sided Mann–Whitney p-value is 1 / C(2n, n), 5.4e-6 for n = 10, 0.05 for n = 3.
    /// </summary>
    public const int MinSamples = 10;

    public static readonly SignificanceLevel DefaultSignificance = SignificanceLevel.P0001;

    private static readonly SimpleEquivalenceTest Test = new(MannWhitneyTest.Instance);

    public IReadOnlyList<GateRow> Compare(IReadOnlyList<BenchmarkResult> baseline, IReadOnlyList<BenchmarkResult> current)
    {
        var byKeyBaseline = baseline.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var byKeyCurrent = current.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var rows = new List<GateRow>();
        foreach (string key in byKeyBaseline.Keys.Union(byKeyCurrent.Keys).Order(StringComparer.Ordinal))
        {
            byKeyBaseline.TryGetValue(key, out BenchmarkResult? before);
            byKeyCurrent.TryGetValue(key, out BenchmarkResult? after);
            rows.Add(Judge(key, before, after));
        }

        return rows;
    }

    /// <summary>A case's key: transport, scenario and parameters, never BenchmarkDotNet's job id, so a change of profile keeps it.</summary>
    public static string Key(BenchmarkResult result) => result.Key.ToString();

    private GateRow Judge(string key, BenchmarkResult? before, BenchmarkResult? after)
    {
        int beforeCount = before?.Samples.Count ?? 0;
        int afterCount = after?.Samples.Count ?? 0;
        GateVerdict verdict = (before, after) switch
        {
            (null, _) => GateVerdict.New,
            (_, null) => GateVerdict.Missing,
            (_, { IsMeasured: false }) => GateVerdict.Failed,
            ({ IsMeasured: false }, _) => GateVerdict.New,
            _ when beforeCount < MinSamples || afterCount < MinSamples => GateVerdict.TooFewSamples,
            _ => Decide(before.Samples, after.Samples),
        };
        (double? low, double? high) = Interval(before?.Samples, after?.Samples);
        return new GateRow(key, (before ?? after)!.Scenario == Scenario.Throughput, before?.MedianNs, after?.MedianNs, beforeCount, afterCount, verdict, low, high);
    }

    /// <summary>Where the two runs were measured with different launches or iterations: a warning, since the samples then mean different things.</summary>
    public static IEnumerable<string> ProfileWarnings(IReadOnlyList<BenchmarkResult> baseline, IReadOnlyList<BenchmarkResult> current)
    {
        // Outlier removal makes the sample count vary a little per case: the largest shows the profile.
        static string Profile(IEnumerable<BenchmarkResult> results)
        {
            BenchmarkResult[] measured = [.. results.Where(r => r.IsMeasured)];
            return measured.Length == 0 ? "nothing" : $"{string.Join("/", measured.Select(r => r.Launches).Distinct().Order())} launch(es), up to {measured.Max(r => r.Iterations)} samples a case";
        }

        string before = Profile(baseline);
        string after = Profile(current);
        if (before != after)
        {
            yield return $"the baseline was measured as {before}, the current run as {after}";
        }
    }

    /// <summary>The ratio's interval from each side's median interval, or nothing when a side has too few samples.</summary>
    private static (double? Low, double? High) Interval(IReadOnlyList<double>? baseline, IReadOnlyList<double>? current) =>
        baseline is { Count: > 0 } && current is { Count: > 0 } && RatioInterval.Of(baseline) is { } b && RatioInterval.Of(current) is { } c && b.Low > 0
            ? (c.Low / b.High, c.High / b.Low)
            : (null, null);

    /// <summary>Decides on two sets of per-iteration times (ns per operation).</summary>
    public GateVerdict Decide(IReadOnlyList<double> baseline, IReadOnlyList<double> current)
    {
        if (baseline.Count < MinSamples || current.Count < MinSamples)
        {
            return GateVerdict.TooFewSamples;
        }

        ComparisonResult result = Test.Perform(
            new Sample(baseline, TimeUnit.Nanosecond),
            new Sample(current, TimeUnit.Nanosecond),
            threshold,
            significance);
        return result switch
        {
            // Lesser: the baseline's times are lesser, so the current run is slower.
            ComparisonResult.Lesser => GateVerdict.Slower,
            ComparisonResult.Greater => GateVerdict.Faster,
            ComparisonResult.Indistinguishable => GateVerdict.NoSignificantChange,
            _ => GateVerdict.TooFewSamples,
        };
    }
}

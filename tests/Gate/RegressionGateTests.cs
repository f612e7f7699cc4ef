using IpcBench.Bench.Gate;
using Perfolizer.Mathematics.Common;
using Perfolizer.Metrology;

namespace IpcBench.Tests.Gate;

/// <summary>The statistical decision on synthetic samples: no noise flagged, real shifts caught.</summary>
public class RegressionGateTests
{
    private static readonly RegressionGate Gate = new(Threshold.Parse("5%"), RegressionGate.DefaultSignificance);

    [Fact]
    public void Identical_distributions_pass()
    {
        Assert.Equal(GateVerdict.NoSignificantChange, Gate.Decide(Noisy(1000, 15, seed: 1), Noisy(1000, 15, seed: 2)));
    }

    [Fact]
    public void Twice_as_slow_fails()
    {
        Assert.Equal(GateVerdict.Slower, Gate.Decide(Noisy(1000, 15, seed: 1), Noisy(2000, 15, seed: 2)));
    }

    [Fact]
    public void Twice_as_fast_is_faster()
    {
        Assert.Equal(GateVerdict.Faster, Gate.Decide(Noisy(2000, 15, seed: 1), Noisy(1000, 15, seed: 2)));
    }

    [Fact]
    public void A_3_percent_shift_under_a_5_percent_threshold_passes()
    {
        Assert.Equal(GateVerdict.NoSignificantChange, Gate.Decide(Noisy(1000, 15, seed: 1), Noisy(1030, 15, seed: 2)));
    }

    [Fact]
    public void Noise_with_a_few_outliers_passes()
    {
        double[] current = Noisy(1000, 15, seed: 3);
        current[2] = 9000;
        current[11] = 25000;
        Assert.Equal(GateVerdict.NoSignificantChange, Gate.Decide(Noisy(1000, 15, seed: 4), current));
    }

    [Fact]
    public void Three_samples_a_side_are_too_few_to_decide_rather_than_same()
    {
        Assert.Equal(GateVerdict.TooFewSamples, Gate.Decide(Noisy(1000, 3, seed: 1), Noisy(2000, 3, seed: 2)));
    }

    /// <summary>Samples around <paramref name="center"/> with ±2% jitter.</summary>
    private static double[] Noisy(double center, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => center * (0.98 + 0.04 * random.NextDouble()))];
    }
}

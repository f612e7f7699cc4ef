namespace IpcBench.Bench.Gate;

/// <summary>What the gate concludes for one benchmark case.</summary>
public enum GateVerdict
{
    /// <summary>Significantly faster than the baseline beyond the threshold.</summary>
    Faster,

    /// <summary>Significantly slower beyond the threshold: fails the gate.</summary>
    Slower,

    /// <summary>The test found no difference beyond the threshold at its significance: not "the same", only not shown to differ.</summary>
    NoSignificantChange,

    /// <summary>In the current run only.</summary>
    New,

    /// <summary>In the baseline only.</summary>
    Missing,

    /// <summary>The current run has no result for it (the case threw): fails the gate.</summary>
    Failed,

    /// <summary>Too few iterations on a side for the test to decide at the significance level.</summary>
    TooFewSamples,
}

/// <summary>
/// One row of the gate's table; medians in nanoseconds per operation. Against a stored baseline the
/// ratio is the two medians' and its interval comes from their own 95% order-statistic intervals
/// (current low over baseline high, current high over baseline low): conservative, and free of any
/// assumption about the samples' shape. In A/B mode the ratio is the median of the paired launches'
/// ratios (<paramref name="PairedRatio"/>) with that median's interval, and the samples are launches.
/// </summary>
public sealed record GateRow(string Key, bool IsThroughput, double? BaselineMedianNs, double? CurrentMedianNs, int BaselineSamples, int CurrentSamples, GateVerdict Verdict, double? RatioLow = null, double? RatioHigh = null, double? PairedRatio = null)
{
    public double? Ratio => PairedRatio ?? (BaselineMedianNs is > 0 && CurrentMedianNs is double current ? current / BaselineMedianNs : null);

    public bool FailsGate => Verdict is GateVerdict.Slower or GateVerdict.Failed;

    public bool Compared => Verdict is GateVerdict.Slower or GateVerdict.Faster or GateVerdict.NoSignificantChange or GateVerdict.TooFewSamples or GateVerdict.Failed;
}

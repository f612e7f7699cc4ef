namespace IpcBench.Bench.Gate;

/// <summary>What the gate concludes for one benchmark case.</summary>
public enum GateVerdict
{
    /// <summary>Significantly faster than the baseline beyond the threshold.</summary>
    Faster,

    /// <summary>Significantly slower beyond the threshold: fails the gate.</summary>
    Slower,

    /// <summary>No significant difference beyond the threshold.</summary>
    Same,

    /// <summary>In the current run only.</summary>
    New,

    /// <summary>In the baseline only.</summary>
    Missing,

    /// <summary>The current run has no result for it (the case threw): fails the gate.</summary>
    Failed,

    /// <summary>Too few iterations on a side for the test to decide at the significance level.</summary>
    TooFewSamples,
}

/// <summary>One row of the gate's table; medians in nanoseconds per operation.</summary>
public sealed record GateRow(string Key, double? BaselineMedianNs, double? CurrentMedianNs, int BaselineSamples, int CurrentSamples, GateVerdict Verdict)
{
    public double? Ratio => BaselineMedianNs is > 0 && CurrentMedianNs is double current ? current / BaselineMedianNs : null;

    public bool FailsGate => Verdict is GateVerdict.Slower or GateVerdict.Failed;
}

using HdrHistogram;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Latency;

/// <summary>What one latency run measured: every round trip in a histogram (ns), and the CPU time both processes used (ns, all threads).</summary>
public sealed record LatencyResult(
    string Transport,
    string? Wait,
    int SizeBytes,
    long RoundTrips,
    double? RequestedRate,
    double AchievedRate,
    string Placement,
    LongHistogram Histogram,
    long ClientCpuNs,
    long? PeerCpuNs)
{
    public string Label => global::IpcBench.Transports.Contracts.Transport.LabelOf(Transport, Wait);

    public double ClientCpuNsPerRoundTrip => (double)ClientCpuNs / RoundTrips;

    /// <summary>Null for a peer on another host, whose CPU time this side cannot read.</summary>
    public double? PeerCpuNsPerRoundTrip => (double?)PeerCpuNs / RoundTrips;

    /// <summary>The percentile distribution the report prints: min, p50, p90, p99, p99.9, p99.99, max.</summary>
    public IReadOnlyList<(string Name, long Ns)> Percentiles =>
    [
        ("min", Histogram.RecordedValues().First().ValueIteratedTo),
        ("p50", Histogram.GetValueAtPercentile(50)),
        ("p90", Histogram.GetValueAtPercentile(90)),
        ("p99", Histogram.GetValueAtPercentile(99)),
        ("p99.9", Histogram.GetValueAtPercentile(99.9)),
        ("p99.99", Histogram.GetValueAtPercentile(99.99)),
        ("max", Histogram.GetMaxValue()),
    ];
}

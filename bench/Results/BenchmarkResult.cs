using IpcBench.Bench.Cases;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Results;

/// <summary>
/// One benchmark case as BenchmarkDotNet measured it (all times in nanoseconds per operation).
/// A case that failed has no statistics: <see cref="NotMeasuredReason"/> says why, and its
/// figures are null.
/// </summary>
public sealed record BenchmarkResult
{
    public required CaseKey Key { get; init; }

    /// <summary>BenchmarkDotNet's full name of the case (type, method and parameters).</summary>
    public required string FullName { get; init; }

    /// <summary>BenchmarkDotNet's job name, for information only: cases are keyed without it.</summary>
    public required string Job { get; init; }

    public double? MedianNs { get; init; }

    public double? MeanNs { get; init; }

    public double? P95Ns { get; init; }

    public double? StandardErrorNs { get; init; }

    public int Iterations { get; init; }

    /// <summary>Processes the case was measured in (BenchmarkDotNet's launch count).</summary>
    public int Launches { get; init; }

    public long? AllocatedBytesPerOperation { get; init; }

    /// <summary>Per-iteration means (ns per operation), as BenchmarkDotNet kept them after removing outliers.</summary>
    public IReadOnlyList<double> Samples { get; init; } = [];

    public string? NotMeasuredReason { get; init; }

    public bool IsMeasured => MedianNs is not null;

    public string Transport => Key.Transport;

    public Scenario Scenario => Key.Scenario;

    public string Placement => Key.Placement;

    /// <summary>Shared-memory wait strategy (the transport's variant), or null.</summary>
    public string? Wait => Key.Variant;

    /// <summary>The case's label in tables and charts: the transport plus its variant, if any.</summary>
    public string Label => Key.Label;

    /// <summary>Message size for ping-pong, chunk size for throughput.</summary>
    public int Bytes => Key.Bytes;

    /// <summary>Ping-pong payload bytes, or null.</summary>
    public int? Size => Scenario == Scenario.PingPong ? Bytes : null;

    /// <summary>Throughput chunk bytes, or null.</summary>
    public int? Chunk => Scenario == Scenario.Throughput ? Bytes : null;

    /// <summary>MiB per second for a throughput case (<see cref="ThroughputBenchmark.StreamBytes"/> per operation).</summary>
    public double? MiBPerSecond => Scenario == Scenario.Throughput && MedianNs is > 0 ? MiBPerSecondOf(MedianNs.Value) : null;

    public static double MiBPerSecondOf(double nsPerStream) => ThroughputBenchmark.StreamBytes / (1024.0 * 1024.0) / (nsPerStream / 1e9);
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// One benchmark case as the reports see it: which transport and scenario, with which
/// parameters, and what was measured (all times in nanoseconds per operation). A case that
/// failed has no statistics: <see cref="NotMeasuredReason"/> says why, and its figures are null.
/// </summary>
public sealed record BenchmarkResult
{
    public required string FullName { get; init; }

    public required string Job { get; init; }

    public required string Transport { get; init; }

    /// <summary>PingPong or Throughput.</summary>
    public required string Scenario { get; init; }

    public required string Placement { get; init; }

    /// <summary>Ping-pong payload bytes, or null.</summary>
    public int? Size { get; init; }

    /// <summary>Throughput chunk bytes, or null.</summary>
    public int? Chunk { get; init; }

    /// <summary>Shared-memory wait strategy, or null.</summary>
    public string? Wait { get; init; }

    public double? MedianNs { get; init; }

    public double? MeanNs { get; init; }

    public double? P95Ns { get; init; }

    public double? StandardErrorNs { get; init; }

    public int Iterations { get; init; }

    public long? AllocatedBytesPerOperation { get; init; }

    /// <summary>Per-iteration means (ns per operation), as BenchmarkDotNet kept them after removing outliers.</summary>
    public IReadOnlyList<double> Samples { get; init; } = [];

    public string? NotMeasuredReason { get; init; }

    public bool IsMeasured => MedianNs is not null;

    public const double StreamBytes = 16.0 * 1024 * 1024;

    /// <summary>MiB per second for a throughput case (16 MiB per operation).</summary>
    public double? MiBPerSecond => Scenario == "Throughput" && MedianNs is > 0 ? StreamBytes / (1024 * 1024) / (MedianNs.Value / 1e9) : null;

    /// <summary>The case's label in tables and charts: the transport plus its wait strategy, if any.</summary>
    public string Variant => Wait is null ? Transport : $"{Transport} ({Wait})";

    /// <summary>Size for ping-pong, chunk for throughput.</summary>
    public int? Bytes => Size ?? Chunk;
}

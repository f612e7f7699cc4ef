using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Reporting;

/// <summary>One tidy row of results.csv: plain invariant numbers, units in the column names; for a socket, the path its bytes took.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ResultRow(
    string Transport,
    string Scenario,
    string? Wait,
    string Placement,
    string Job,
    int? SizeBytes,
    int? ChunkBytes,
    double? MedianNs,
    double? MeanNs,
    double? P95Ns,
    double? StandardErrorNs,
    double? MiBPerSecond,
    long? AllocatedBytesPerOperation,
    int? Iterations,
    double? RatioToFloor,
    string? NotMeasuredReason,
    string FullName,
    string? Route)
{
    /// <summary>
    /// Builds the rows; the ratio to the floor is the case's median over the Floor's median of the
    /// same scenario, size or chunk and placement (for throughput: the Floor's MiB/s over the case's).
    /// </summary>
    public static IReadOnlyList<ResultRow> From(IReadOnlyList<BenchmarkResult> results)
    {
        var floors = results.Where(r => r.IsMeasured && r.Key.Resolve().IsReference)
            .ToDictionary(r => (r.Scenario, r.Bytes, r.Placement), r => r.MedianNs!.Value);
        return [.. results
            .OrderBy(r => r.Scenario).ThenBy(r => r.Bytes).ThenBy(r => r.MedianNs ?? double.MaxValue)
            .Select(r => new ResultRow(
                r.Transport, r.Scenario.ToString(), r.Wait, r.Placement, r.Job, r.Size, r.Chunk,
                r.MedianNs, r.MeanNs, r.P95Ns, r.StandardErrorNs, r.MiBPerSecond, r.AllocatedBytesPerOperation, r.IsMeasured ? r.Iterations : null,
                r.IsMeasured && floors.TryGetValue((r.Scenario, r.Bytes, r.Placement), out double floor) ? r.MedianNs!.Value / floor : null,
                r.NotMeasuredReason, r.FullName, r.Key.Resolve().Route))];
    }
}

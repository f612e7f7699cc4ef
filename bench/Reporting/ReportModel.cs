using System.Text.Json;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Everything one report shows, built once and rendered by each writer (CSV, charts, HTML): the
/// BenchmarkDotNet cases and their tidy rows; the claims' verdicts, which come only from an
/// interleaved check of the same build (<see cref="Check"/>); the latency-verb rows of the same
/// build with when they were measured; the memcpy reference line of the streams; the machine.
/// </summary>
public sealed record ReportModel(
    string RunId,
    IReadOnlyList<BenchmarkResult> Results,
    IReadOnlyList<ResultRow> Rows,
    ClaimsCheck? Check,
    IReadOnlyList<LatencyRow> Latency,
    RunStamp? LatencyStamp,
    MachineInfo Machine,
    IReadOnlyList<MemcpyLine> Memcpy)
{
    public static ReportModel Build(string runId, IReadOnlyList<BenchmarkResult> results, JsonElement? host, ClaimsCheck? check = null, IReadOnlyList<LatencyRow>? latency = null, RunStamp? latencyStamp = null, IReadOnlyList<MemcpyLine>? memcpy = null) =>
        new(runId, results, ResultRow.From(results), check, latency ?? [], latencyStamp, MachineInfo.From(host), memcpy ?? []);

    public IReadOnlyList<ClaimVerdict> Verdicts => Check?.Verdicts ?? [];

    public IEnumerable<BenchmarkResult> Measured => Results.Where(r => r.IsMeasured);

    public IReadOnlyList<string> Placements => [.. Results.Select(r => r.Placement).Distinct()];
}

using System.Text.Json;
using IpcBench.Bench.Boundary;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;
using IpcBench.Bench.Runtimes;
using IpcBench.Bench.UseCases;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Everything one report shows, built once and rendered by each writer (CSV, charts, HTML): the
/// BenchmarkDotNet cases and their tidy rows; the claims' verdicts, which come only from an
/// interleaved check of the same build (<see cref="Check"/>); the latency-verb rows of the same
/// build with when they were measured; the memcpy reference line of the streams; which mechanisms
/// cross a container boundary (the boundary verb) and the peers in other runtimes side by side (the
/// runtimes verb), both of the same build; the seed's use cases judged by the use-case check of the same build; the JSON-RPC
/// benchmark cases of this run; the machine.
/// </summary>
public sealed record ReportModel(
    string RunId,
    IReadOnlyList<BenchmarkResult> Results,
    IReadOnlyList<ResultRow> Rows,
    ClaimsCheck? Check,
    IReadOnlyList<LatencyRow> Latency,
    RunStamp? LatencyStamp,
    MachineInfo Machine,
    IReadOnlyList<MemcpyLine> Memcpy,
    IReadOnlyList<BoundaryRow> Boundary,
    IReadOnlyList<RuntimesRow> Runtimes,
    UseCaseResults? UseCases,
    IReadOnlyList<JsonRpcResult> JsonRpc)
{
    public static ReportModel Build(string runId, IReadOnlyList<BenchmarkResult> results, JsonElement? host, ClaimsCheck? check = null, IReadOnlyList<LatencyRow>? latency = null, RunStamp? latencyStamp = null, IReadOnlyList<MemcpyLine>? memcpy = null, IReadOnlyList<BoundaryRow>? boundary = null, IReadOnlyList<RuntimesRow>? runtimes = null, UseCaseResults? useCases = null, IReadOnlyList<JsonRpcResult>? jsonRpc = null) =>
        new(runId, results, ResultRow.From(results), check, latency ?? [], latencyStamp, MachineInfo.From(host), memcpy ?? [], boundary ?? [], runtimes ?? [], useCases, jsonRpc ?? []);

    public IReadOnlyList<ClaimVerdict> Verdicts => Check?.Verdicts ?? [];

    public IEnumerable<BenchmarkResult> Measured => Results.Where(r => r.IsMeasured);

    public IReadOnlyList<string> Placements => [.. Results.Select(r => r.Placement).Distinct()];
}

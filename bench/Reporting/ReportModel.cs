using System.Text.Json;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Everything one report shows, built once and rendered by each writer (CSV, charts, HTML):
/// the cases, their tidy rows, the claims' verdicts, the latency-verb rows that joined, the machine.
/// </summary>
public sealed record ReportModel(
    string RunId,
    IReadOnlyList<BenchmarkResult> Results,
    IReadOnlyList<ResultRow> Rows,
    IReadOnlyList<ClaimVerdict> Verdicts,
    IReadOnlyList<LatencyRow> Latency,
    MachineInfo Machine)
{
    public static ReportModel Build(string runId, IReadOnlyList<BenchmarkResult> results, JsonElement? host, IReadOnlyList<LatencyRow> latency) =>
        new(runId, results, ResultRow.From(results), ClaimJudge.Judge(results, latency), latency, MachineInfo.From(host));

    public IEnumerable<BenchmarkResult> Measured => Results.Where(r => r.IsMeasured);

    public IReadOnlyList<string> Placements => [.. Results.Select(r => r.Placement).Distinct()];
}

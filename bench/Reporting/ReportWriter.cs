using IpcBench.Bench.Boundary;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Runtimes;
using IpcBench.Bench.UseCases;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Writes a report folder from BenchmarkDotNet results — results.csv, claims.csv, usecases.csv and jsonrpc-split.csv, the charts
/// (PNG and SVG) and index.html — under <c>reports/RUN-ID/</c>, and publishes it as <c>reports/latest/</c>.
/// </summary>
public static class ReportWriter
{
    /// <summary>Builds the report of every full-JSON result under <paramref name="resultsFolder"/>.</summary>
    public static string FromFolder(string resultsFolder, string reportsRoot) =>
        Write(ResultsReader.ReadFolder(resultsFolder), reportsRoot);

    /// <summary>Builds the report of the given full-JSON files (those of the run that just ended).</summary>
    public static string FromFiles(IEnumerable<string> files, string reportsRoot) =>
        Write(ResultsReader.ReadFiles(files), reportsRoot);

    private static string Write(ResultsRead read, string reportsRoot)
    {
        string runId = ReportFolders.NewRunId();
        string folder = ReportFolders.Create(reportsRoot, runId);
        // Figures of other runs join only when the same build measured them, and then with their time.
        string latencyFolder = ReportFolders.Latest(reportsRoot, LatencyReport.Kind);
        RunStamp? latencyStamp = RunStamp.Read(latencyFolder) is { IsCurrentBuild: true } l ? l : null;
        IReadOnlyList<LatencyRow> latency = latencyStamp is null ? [] : LatencyReport.Read(latencyFolder);
        ClaimsCheck? check = CheckRunFiles.Read(ReportFolders.Latest(reportsRoot, ClaimsReport.Kind)) is { } run && run.Build == BuildIdentity.Current
            ? ClaimsCheck.Judge(run)
            : null;
        string boundaryFolder = ReportFolders.Latest(reportsRoot, BoundaryRow.Kind);
        IReadOnlyList<BoundaryRow> boundary = RunStamp.Read(boundaryFolder) is { IsCurrentBuild: true } ? BoundaryRow.Read(boundaryFolder) : [];
        string runtimesFolder = ReportFolders.Latest(reportsRoot, RuntimesRow.Kind);
        IReadOnlyList<RuntimesRow> runtimes = RunStamp.Read(runtimesFolder) is { IsCurrentBuild: true } ? RuntimesRow.Read(runtimesFolder) : [];
        UseCaseResults? useCases = UseCaseResults.ReadCurrent(ReportFolders.Latest(reportsRoot, UseCaseRow.Kind));
        var model = ReportModel.Build(runId, read.Results, read.Host, check, latency, latencyStamp, read.Memcpy, boundary, runtimes, useCases, read.JsonRpc);

        ReportCsv.Write(model, folder);
        List<ReportChart> charts = [.. ReportCharts.Render(model, folder)];
        if (latency.Count > 0)
        {
            charts.AddRange(LatencyReport.Charts(latencyFolder));
        }

        File.WriteAllText(Path.Combine(folder, "index.html"), HtmlReport.Render(model, charts));
        ReportFolders.Publish(reportsRoot, folder);
        return folder;
    }
}

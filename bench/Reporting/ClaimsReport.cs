using IpcBench.Bench.Rounds;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// The claims verb's report: rounds.csv and run.json (the check itself), claims.csv, the claims
/// chart and an index.html with the claims section, under <c>reports/RUN-ID-claims/</c> and
/// <c>reports/latest-claims/</c>, where the next benchmark report of the same build finds it.
/// </summary>
public static class ClaimsReport
{
    public const string Kind = "claims";

    public static string Write(string reportsRoot, CheckRun run, ClaimsCheck check)
    {
        string runId = ReportFolders.NewRunId();
        string folder = ReportFolders.Create(reportsRoot, runId, Kind);
        CheckRunFiles.Write(folder, run);
        ReportCsv.WriteClaims(check.Verdicts, folder);
        ReportChart chart = ReportCharts.Claims(check, folder);
        var model = ReportModel.Build(runId, [], null, check);
        File.WriteAllText(Path.Combine(folder, "index.html"), HtmlReport.Render(model, [chart]));
        ReportFolders.Publish(reportsRoot, folder, Kind);
        return folder;
    }
}

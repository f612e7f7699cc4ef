using System.Globalization;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Writes a report folder from BenchmarkDotNet results: results.csv, claims.csv, the charts
/// (PNG and SVG) and index.html, under <c>reports/RUN-ID/</c>, and copies it to <c>reports/latest/</c>.
/// </summary>
public static class ReportBuilder
{
    public static string NewRunId() => DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Builds the report of every full-JSON result under <paramref name="resultsFolder"/>.</summary>
    public static string FromFolder(string resultsFolder, string reportsRoot) =>
        Build(ResultsReader.ReadFolder(resultsFolder), reportsRoot);

    /// <summary>Builds the report of the given full-JSON files (those of the run that just ended).</summary>
    public static string FromFiles(IEnumerable<string> files, string reportsRoot) =>
        Build(ResultsReader.ReadFiles(files), reportsRoot);

    private static string Build((IReadOnlyList<BenchmarkResult> Results, System.Text.Json.JsonElement? Host) read, string reportsRoot)
    {
        string runId = NewRunId();
        string folder = Path.Combine(reportsRoot, runId);
        Directory.CreateDirectory(folder);

        IReadOnlyList<ResultRow> rows = ResultRow.From(read.Results);
        IReadOnlyList<ClaimVerdict> verdicts = Claims.Judge(read.Results);
        ReportCsv.WriteResults(Path.Combine(folder, "results.csv"), rows);
        ReportCsv.WriteClaims(Path.Combine(folder, "claims.csv"), verdicts);
        IReadOnlyList<(string Title, string PngPath)> charts = ReportCharts.Render(read.Results, verdicts, folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), HtmlReport.Render(read.Results, verdicts, rows, charts, read.Host, runId));

        string latest = Path.Combine(reportsRoot, "latest");
        if (Directory.Exists(latest))
        {
            Directory.Delete(latest, recursive: true);
        }

        Directory.CreateDirectory(latest);
        foreach (string file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(latest, Path.GetFileName(file)));
        }

        return folder;
    }
}

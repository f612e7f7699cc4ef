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
        string latencyFolder = Path.Combine(reportsRoot, Latency.LatencyReport.LatestFolder);
        IReadOnlyList<Latency.LatencyRow> latency = Latency.LatencyReport.Read(latencyFolder);
        IReadOnlyList<ClaimVerdict> verdicts = Claims.Judge(read.Results, latency);
        ReportCsv.WriteResults(Path.Combine(folder, "results.csv"), rows);
        ReportCsv.WriteClaims(Path.Combine(folder, "claims.csv"), verdicts);
        List<(string Title, string PngPath)> charts = [.. ReportCharts.Render(read.Results, verdicts, folder)];
        foreach ((string name, string title) in new[] { ("latency-percentiles", "Tail latency: every round trip timed (latency verb)"), ("latency-cpu", "Median round trip against CPU time per round trip (latency verb)") })
        {
            string png = Path.Combine(latencyFolder, name + ".png");
            if (latency.Count > 0 && File.Exists(png))
            {
                charts.Add((title, png));
            }
        }

        File.WriteAllText(Path.Combine(folder, "index.html"), HtmlReport.Render(read.Results, verdicts, rows, charts, latency, read.Host, runId));

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

using IpcBench.Bench.Reporting;

namespace IpcBench.Tests.Reporting;

/// <summary>
/// The report built once from the checked-in full JSON of a real <c>--job short</c> run of every
/// transport (tests/Fixtures/short-run), in a temporary folder removed afterwards.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        ResultsFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "short-run");
        (Results, _) = ResultsReader.ReadFolder(ResultsFolder);
        Verdicts = Claims.Judge(Results);
        ReportsRoot = Directory.CreateTempSubdirectory("report-test-").FullName;
        ReportFolder = ReportBuilder.FromFolder(ResultsFolder, ReportsRoot);
    }

    public string ResultsFolder { get; }

    public IReadOnlyList<BenchmarkResult> Results { get; }

    public IReadOnlyList<ClaimVerdict> Verdicts { get; }

    public string ReportsRoot { get; }

    public string ReportFolder { get; }

    public void Dispose() => Directory.Delete(ReportsRoot, recursive: true);
}

using IpcBench.Bench.Reporting;
using IpcBench.Bench.Results;

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
        Results = ResultsReader.ReadFolder(ResultsFolder).Results;
        ReportsRoot = Directory.CreateTempSubdirectory("report-test-").FullName;
        ReportFolder = ReportWriter.FromFolder(ResultsFolder, ReportsRoot);
        Model = ReportModel.Build("fixture", Results, null);
    }

    public string ResultsFolder { get; }

    public IReadOnlyList<BenchmarkResult> Results { get; }

    public ReportModel Model { get; }

    public string ReportsRoot { get; }

    public string ReportFolder { get; }

    public void Dispose() => Directory.Delete(ReportsRoot, recursive: true);
}

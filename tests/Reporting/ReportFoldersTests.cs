using System.Globalization;
using IpcBench.Bench.Reporting;

namespace IpcBench.Tests.Reporting;

public sealed class ReportFoldersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("folders-test-").FullName;

    [Fact]
    public void A_run_id_is_the_UTC_time()
    {
        Assert.True(DateTime.TryParseExact(ReportFolders.NewRunId(), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    [Fact]
    public void Publishing_replaces_the_latest_folder_of_its_kind_only()
    {
        string first = ReportFolders.Create(_root, "20260101T000000Z");
        File.WriteAllText(Path.Combine(first, "old.csv"), "");
        ReportFolders.Publish(_root, first);
        string second = ReportFolders.Create(_root, "20260101T000001Z", "latency");
        File.WriteAllText(Path.Combine(second, "latency.csv"), "");
        ReportFolders.Publish(_root, second, "latency");
        string third = ReportFolders.Create(_root, "20260101T000002Z");
        File.WriteAllText(Path.Combine(third, "new.csv"), "");
        string latest = ReportFolders.Publish(_root, third);

        Assert.Equal(Path.Combine(_root, "latest"), latest);
        Assert.Equal(["new.csv"], Directory.GetFiles(latest).Select(Path.GetFileName));
        Assert.Equal(["latency.csv"], Directory.GetFiles(ReportFolders.Latest(_root, "latency")).Select(Path.GetFileName));
        Assert.True(Directory.Exists(Path.Combine(_root, "20260101T000001Z-latency")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

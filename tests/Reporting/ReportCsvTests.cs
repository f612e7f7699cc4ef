using System.Globalization;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;
using IpcBench.Tests.Claims;

namespace IpcBench.Tests.Reporting;

public class ReportCsvTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Results_csv_has_one_tidy_row_per_case_with_plain_invariant_numbers()
    {
        string[] lines = File.ReadAllLines(Path.Combine(fixture.ReportFolder, ReportCsv.ResultsFile));
        string[] header = lines[0].Split(',');
        Assert.Contains("MedianNs", header);
        Assert.Contains("MiBPerSecond", header);
        Assert.Contains("RatioToFloor", header);
        Assert.Equal(fixture.Results.Count, lines.Length - 1);
        int median = Array.IndexOf(header, "MedianNs");
        foreach (string line in lines.Skip(1).Where(l => !l.Contains("no statistics", StringComparison.Ordinal)))
        {
            string cell = line.Split(',')[median];
            Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double ns) && ns > 0, $"'{cell}' in {line}");
        }
    }

    [Fact]
    public void The_ratio_to_the_floor_is_against_the_floor_of_the_same_scenario_and_size()
    {
        ResultRow floor = fixture.Model.Rows.Single(r => r.Transport == "Floor" && r.Scenario == "PingPong" && r.SizeBytes == 64);
        ResultRow tcp = fixture.Model.Rows.Single(r => r.Transport == "Tcp" && r.Scenario == "PingPong" && r.SizeBytes == 64);
        Assert.Equal(1.0, floor.RatioToFloor);
        Assert.Equal(tcp.MedianNs / floor.MedianNs, tcp.RatioToFloor);
    }

    [Fact]
    public void Claims_csv_has_per_claim_and_dimension_the_ratio_its_interval_and_a_verdict()
    {
        string root = Directory.CreateTempSubdirectory("claims-csv-").FullName;
        try
        {
            CheckRun run = SyntheticCheck.Make(20);
            string folder = ClaimsReport.Write(root, run, ClaimsCheck.Judge(run));
            using var csv = CsvHelper.CsvReader.FromFile(Path.Combine(folder, ReportCsv.ClaimsFile), null, FileOptions.None);
            List<ClaimRow> rows = [.. csv.GetRecords<ClaimRow>()];
            Assert.Equal(SeedClaims.All.Count * 3, rows.Count);
            Assert.All(rows, r => Assert.Contains(r.Verdict, new[] { Verdicts.Holds, Verdicts.DoesNotHold, Verdicts.Inconclusive, Verdicts.NotMeasured }));
            ClaimRow signal = rows.Single(r => r.Mechanism == "Signal" && r.Dimension == "latency");
            Assert.True(signal.RatioLow <= signal.RatioMedian && signal.RatioMedian <= signal.RatioHigh && signal.Rounds == 20);
            Assert.Equal(Verdicts.NotMeasured, rows.Single(r => r.Mechanism == "Signal" && r.Dimension == "throughput").Verdict);
            Assert.True(File.Exists(Path.Combine(folder, CheckRunFiles.RoundsFile)));
            Assert.True(File.Exists(Path.Combine(ReportFolders.Latest(root, ClaimsReport.Kind), "index.html")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

using System.Globalization;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Reporting;

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
    public void Claims_csv_lists_every_claim()
    {
        string[] lines = File.ReadAllLines(Path.Combine(fixture.ReportFolder, ReportCsv.ClaimsFile));
        Assert.Equal(SeedClaims.All.Count + 1, lines.Length);
        Assert.Contains("Verdict", lines[0]);
    }
}

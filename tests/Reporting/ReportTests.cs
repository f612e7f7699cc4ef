using System.Globalization;
using System.Text.Json.Nodes;
using HdrHistogram;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Reporting;

namespace IpcBench.Tests.Reporting;

/// <summary>The report of a real run: tidy rows, tiers by the stated rule, verdicts, charts, HTML.</summary>
public class ReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    /// <summary>A latency result whose round trips all take about <paramref name="ns"/>.</summary>
    private static LatencyResult Tail(string transport, string? wait, int size, long ns)
    {
        var histogram = new LongHistogram(3_600_000_000_000, 3);
        for (int i = 0; i < 1000; i++)
        {
            histogram.RecordValue(ns + i);
        }

        return new LatencyResult(transport, wait, size, 1000, null, 1000, "test", histogram, default, default);
    }

    [Fact]
    public void Every_case_of_the_run_is_read_with_raw_nanoseconds()
    {
        Assert.Equal(82, fixture.Results.Count);
        Assert.All(fixture.Results.Where(r => r.IsMeasured), r =>
        {
            Assert.True(r.MedianNs > 0 && r.MeanNs > 0 && r.Iterations >= 3, r.FullName);
            Assert.Equal("Split", r.Placement);
            Assert.Equal("ShortRun", r.Job);
        });
        Assert.Contains(fixture.Results, r => r.Transport == "Shm" && r.Wait == "Hybrid" && r.Scenario == "Throughput" && r.Chunk == 65536);
        Assert.Contains(fixture.Results, r => r.Transport == "Signal" && r.Size == 0);
    }

    [Fact]
    public void Results_csv_has_one_tidy_row_per_case_with_plain_invariant_numbers()
    {
        string[] lines = File.ReadAllLines(Path.Combine(fixture.ReportFolder, "results.csv"));
        string[] header = lines[0].Split(',');
        Assert.Contains("MedianNs", header);
        Assert.Contains("MiBPerSecond", header);
        Assert.Contains("RatioToFloor", header);
        Assert.Equal(fixture.Results.Count, lines.Length - 1);
        int median = Array.IndexOf(header, "MedianNs");
        foreach (string line in lines.Skip(1).Where(l => !l.Contains("not measured", StringComparison.Ordinal)))
        {
            string cell = line.Split(',')[median];
            Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double ns) && ns > 0, $"'{cell}' in {line}");
        }
    }

    [Fact]
    public void Every_tier_follows_the_stated_rule()
    {
        foreach (ClaimVerdict v in fixture.Verdicts)
        {
            if (v.ThroughputRatio is double t)
            {
                Assert.Equal(TieringRule.FromRatio(t), v.ThroughputTier);
            }

            if (v.LatencyRatio is double l)
            {
                Assert.Equal(TieringRule.FromRatio(l), v.LatencyTier);
            }
        }

        Assert.Equal(SpeedTier.High, TieringRule.FromRatio(2.0));
        Assert.Equal(SpeedTier.Medium, TieringRule.FromRatio(2.01));
        Assert.Equal(SpeedTier.Medium, TieringRule.FromRatio(10.0));
        Assert.Equal(SpeedTier.Low, TieringRule.FromRatio(10.01));
    }

    [Fact]
    public void Claims_csv_lists_every_claim_with_a_verdict_and_a_reason()
    {
        string[] lines = File.ReadAllLines(Path.Combine(fixture.ReportFolder, "claims.csv"));
        Assert.Equal(Claims.All.Count + 1, lines.Length);
        Assert.All(fixture.Verdicts, v =>
        {
            Assert.Contains(v.Verdict, new[] { Claims.Holds, Claims.DoesNotHold, Claims.NotMeasured });
            Assert.False(string.IsNullOrWhiteSpace(v.Reason));
        });
    }

    [Fact]
    public void Verdicts_of_the_fixture_run()
    {
        ExpectedVerdicts.Check(fixture.Verdicts);
    }

    [Fact]
    public void A_failed_case_is_not_measured_with_its_reason_not_zero()
    {
        string folder = Directory.CreateTempSubdirectory("report-test-failed-").FullName;
        try
        {
            string source = Directory.GetFiles(fixture.ResultsFolder, "*TcpPingPong-report-full.json").Single();
            JsonNode json = JsonNode.Parse(File.ReadAllText(source))!;
            json["Benchmarks"]![1]!["Statistics"] = null;
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(source)), json.ToJsonString());

            (IReadOnlyList<BenchmarkResult> results, _) = ResultsReader.ReadFolder(folder);
            BenchmarkResult failed = results[1];
            Assert.False(failed.IsMeasured);
            Assert.Null(failed.MedianNs);
            Assert.Contains("no statistics", failed.NotMeasuredReason);

            string report = ReportBuilder.FromFolder(folder, Path.Combine(folder, "reports"));
            Assert.Contains("not measured: the case failed", File.ReadAllText(Path.Combine(report, "index.html")));
            string row = File.ReadAllLines(Path.Combine(report, "results.csv")).Single(l => l.Contains(failed.FullName.Split('(')[0], StringComparison.Ordinal) && l.Contains("no statistics", StringComparison.Ordinal));
            Assert.DoesNotContain(",0,", row);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Charts_are_written_as_png_and_svg_and_embedded_in_the_page()
    {
        string[] pngs = Directory.GetFiles(fixture.ReportFolder, "*.png");
        Assert.True(pngs.Length >= 7, $"{pngs.Length} charts");
        foreach (string png in pngs)
        {
            Assert.True(new FileInfo(png).Length > 10_000, png);
            Assert.True(File.Exists(Path.ChangeExtension(png, ".svg")), png);
        }

        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        Assert.Equal(pngs.Length, html.Split("data:image/png;base64,").Length - 1);
        Assert.True(File.Exists(Path.Combine(fixture.ReportsRoot, "latest", "index.html")));
    }

    [Fact]
    public void A_latency_run_adds_the_tail_section_and_weighs_p99_in_latency_claims()
    {
        string root = Directory.CreateTempSubdirectory("report-test-latency-").FullName;
        try
        {
            string latencyFolder = Path.Combine(root, LatencyReport.LatestFolder);
            Directory.CreateDirectory(latencyFolder);
            LatencyReport.Write(latencyFolder, [Tail("Shm", "Spin", 64, 1_000), Tail("Semaphore", null, 0, 20_000)]);
            Assert.True(File.Exists(Path.Combine(latencyFolder, "latency-percentiles.png")));

            string report = ReportBuilder.FromFolder(fixture.ResultsFolder, root);
            string html = File.ReadAllText(Path.Combine(report, "index.html"));
            Assert.Contains("<h2>Tail latency</h2>", html);
            Assert.Contains("Semaphore", html[html.IndexOf("<h2>Tail latency</h2>", StringComparison.Ordinal)..]);
            string claims = File.ReadAllText(Path.Combine(report, "claims.csv"));
            Assert.Contains("p99 agrees (low)", claims);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Bad_input_is_a_one_line_error()
    {
        var missing = Assert.Throws<ArgumentException>(() => ResultsReader.ReadFolder("/nonexistent/results"));
        Assert.Contains("does not exist", missing.Message);
        string empty = Directory.CreateTempSubdirectory("report-test-empty-").FullName;
        try
        {
            Assert.Contains("no BenchmarkDotNet full-JSON results", Assert.Throws<ArgumentException>(() => ResultsReader.ReadFolder(empty)).Message);
            File.WriteAllText(Path.Combine(empty, "x-report-full.json"), "{ not json");
            Assert.Contains("not readable JSON", Assert.Throws<ArgumentException>(() => ResultsReader.ReadFolder(empty)).Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;
using HdrHistogram;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Results;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.UseCases;
using IpcBench.Tests.Claims;
using IpcBench.Transports.Namespaces;

namespace IpcBench.Tests.Reporting;

public class HtmlReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void The_page_opens_with_the_summary_then_claims_then_charts()
    {
        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        int summary = html.IndexOf("<h2>Summary</h2>", StringComparison.Ordinal);
        int claims = html.IndexOf("<h2>Claims</h2>", StringComparison.Ordinal);
        int charts = html.IndexOf("<h2>Charts</h2>", StringComparison.Ordinal);
        Assert.True(summary > 0 && claims > summary && charts > claims);
        Assert.Contains("EventFd, Futex", html);
    }

    [Fact]
    public void The_throughput_table_carries_the_memcpy_reference_line()
    {
        // The fixture's MemcpyThroughput medians: 431,627 ns and 379,136 ns per 16 MiB.
        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        Assert.Contains("one thread's memcpy of the same chunks on one core, 37,069 MiB/s at 4 KiB, 42,201 MiB/s at 64 KiB.", html);
        Assert.True(html.IndexOf("one thread's memcpy", StringComparison.Ordinal) > html.IndexOf("<h2>Throughput results</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_case_shows_as_not_measured_never_as_zero()
    {
        string folder = Directory.CreateTempSubdirectory("html-test-failed-").FullName;
        try
        {
            string source = Directory.GetFiles(fixture.ResultsFolder, "*TcpPingPong-report-full.json").Single();
            JsonNode json = JsonNode.Parse(File.ReadAllText(source))!;
            json["Benchmarks"]![1]!["Statistics"] = null;
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(source)), json.ToJsonString());

            string report = ReportWriter.FromFolder(folder, Path.Combine(folder, "reports"));
            Assert.Contains("not measured: the case failed", File.ReadAllText(Path.Combine(report, "index.html")));
            string row = File.ReadAllLines(Path.Combine(report, ReportCsv.ResultsFile)).Single(l => l.Contains("no statistics", StringComparison.Ordinal));
            Assert.DoesNotContain(",0,", row);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_latency_run_adds_the_tail_section()
    {
        string root = Directory.CreateTempSubdirectory("html-test-latency-").FullName;
        try
        {
            string latencyFolder = ReportFolders.Latest(root, LatencyReport.Kind);
            Directory.CreateDirectory(latencyFolder);
            LatencyReport.Write(latencyFolder, [Tail("Shm", "Spin", 64, 1_000), Tail("Semaphore", null, 0, 20_000)]);
            Assert.True(File.Exists(Path.Combine(latencyFolder, "latency-percentiles.png")));

            // Another build's latency run stays out; this build's joins, with its time.
            new RunStamp("another-build", DateTime.UtcNow, DateTime.UtcNow, "test").Write(latencyFolder);
            string html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            Assert.Contains("No latency run of this build", html);

            new RunStamp(BuildIdentity.Current, new DateTime(2026, 11, 29, 12, 34, 0, DateTimeKind.Utc), DateTime.UtcNow, "test").Write(latencyFolder);
            html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            string tail = html[html.IndexOf("<h2>Tail latency</h2>", StringComparison.Ordinal)..];
            Assert.Contains("of this build at 2026-11-29 12:34 UTC", tail);
            Assert.Contains("Semaphore", tail);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Verdicts_join_only_from_a_claims_check_of_the_same_build()
    {
        string root = Directory.CreateTempSubdirectory("html-test-claims-").FullName;
        try
        {
            string html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            Assert.Contains("Not judged.", html);

            CheckRun other = SyntheticCheck.Make(20) with { Build = "another-build" };
            ClaimsReport.Write(root, other, ClaimsCheck.Judge(other));
            html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            Assert.Contains("Not judged.", html);

            CheckRun mine = SyntheticCheck.Make(20) with { Build = BuildIdentity.Current };
            ClaimsReport.Write(root, mine, ClaimsCheck.Judge(mine));
            html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            Assert.DoesNotContain("Not judged.", html);
            // "Socket: across hosts" is measured over the namespace pair, which needs root (as CI runs).
            int measured = NetnsPair.Unavailable is null ? 11 : 10;
            Assert.Contains($"11 distinct claims, {measured} were measured side by side in 20 interleaved rounds", html);
            Assert.Contains("Interleaved check of this build", html);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Json_rpc_cases_are_read_back_and_shown_with_their_framing_and_body()
    {
        IReadOnlyList<JsonRpcResult> calls = ResultsReader.ReadFolder(fixture.ResultsFolder).JsonRpc;
        Assert.Equal(6, calls.Count);
        Assert.All(calls, c =>
        {
            Assert.Equal("Stdio", c.Path);
            Assert.True(c.MedianNs > 0 && c.AllocatedBytesPerCall > 0, $"{c.Framing} {c.Body}: {c.MedianNs} ns");
        });
        Assert.Equal(["Completion", "Document", "Notification"], calls.Select(c => c.Body).Distinct().Order());
        Assert.Equal(["Lsp", "Ndjson"], calls.Select(c => c.Framing).Distinct().Order());

        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        Assert.Contains("JSON-RPC benchmarks (BenchmarkDotNet)", html);
        Assert.Equal(7, File.ReadAllLines(Path.Combine(fixture.ReportFolder, JsonRpcResult.CsvFile)).Length);
    }

    [Fact]
    public void The_use_cases_section_lists_every_recommendation_and_joins_only_a_check_of_the_same_build()
    {
        string root = Directory.CreateTempSubdirectory("html-test-usecases-").FullName;
        try
        {
            string html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
            Assert.Contains("<h2>Use cases</h2><p class=\"note\">Not measured", html);
            Assert.All(SeedUseCases.All, u => Assert.Contains(WebUtility.HtmlEncode(u.Recommendation), html));

            UseCaseRow[] rows =
            [
                new("Editor plugins", "stdio or socket", "JSON-RPC", "stdio", true, UseCase.PerCall, 80_000, 1.0, 1.0, 1.0, 10, UseCaseJudge.Best, null),
                new("Editor plugins", "stdio or socket", "JSON-RPC", "TCP (loopback)", true, UseCase.PerCall, 95_000, 1.2, 1.1, 1.4, 10, UseCaseJudge.Among, null),
            ];
            JsonRpcSplitRow[] split = [new(".NET", "Stdio", "LSP", "Completion", 4445, 30_000, 80_000, 50_000, 2.7, 2.5, 2.9, 10)];
            foreach (string build in new[] { "another-build", BuildIdentity.Current })
            {
                string folder = ReportFolders.Create(root, ReportFolders.NewRunId() + build, UseCaseRow.Kind);
                new UseCaseResults(rows, split, new RunStamp(build, DateTime.UtcNow, DateTime.UtcNow, "split")).Write(folder);
                ReportFolders.Publish(root, folder, UseCaseRow.Kind);
                html = File.ReadAllText(Path.Combine(ReportWriter.FromFolder(fixture.ResultsFolder, root), "index.html"));
                Assert.Equal(build == BuildIdentity.Current, html.Contains("The use-case check of this build"));
            }

            Assert.Contains("<td class=\"holds\">holds</td>", html);
            Assert.Contains("JSON-RPC: transport against framing and JSON", html);
            Assert.Contains("63%", html);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A latency result whose round trips all take about <paramref name="ns"/>.</summary>
    private static LatencyResult Tail(string transport, string? wait, int size, long ns)
    {
        var histogram = new LongHistogram(3_600_000_000_000, 3);
        for (int i = 0; i < 1000; i++)
        {
            histogram.RecordValue(ns + i);
        }

        return new LatencyResult(transport, wait, size, 1000, null, 1000, "test", histogram, 0, 0);
    }
}

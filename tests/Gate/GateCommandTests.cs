using System.Text.Json.Nodes;
using IpcBench.Tests.Support;

namespace IpcBench.Tests.Gate;

/// <summary>
/// The gate end to end on real CI-profile results (tests/Fixtures/ci-run: 3 launches × 5
/// iterations): the run against itself passes, every measurement doubled fails, a removed case
/// is missing, a failed case fails, and bad input exits with 2 and one line.
/// </summary>
public sealed class GateCommandTests : IDisposable
{
    private readonly string _fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ci-run");
    private readonly string _work = Directory.CreateTempSubdirectory("gate-test-").FullName;

    [Fact]
    public void A_run_against_itself_passes()
    {
        (int code, string output, _) = Gate("--baseline", _fixture, "--current", _fixture);
        Assert.Equal(0, code);
        Assert.Contains("gate passed", output);
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimEnd().EndsWith("slower", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_measurement_doubled_fails_and_writes_markdown_and_csv()
    {
        string doubled = Rewrite("doubled", benchmark =>
        {
            JsonObject statistics = benchmark["Statistics"]!.AsObject();
            JsonArray values = statistics["OriginalValues"]!.AsArray();
            for (int i = 0; i < values.Count; i++)
            {
                values[i] = values[i]!.GetValue<double>() * 2;
            }

            statistics["Median"] = statistics["Median"]!.GetValue<double>() * 2;
        });
        string markdown = Path.Combine(_work, "gate.md");
        string csv = Path.Combine(_work, "gate.csv");
        (int code, string output, _) = Gate("--baseline", _fixture, "--current", doubled, "--markdown", markdown, "--csv", csv);
        Assert.Equal(1, code);
        Assert.Contains("gate FAILED", output);
        Assert.Contains("| **slower** |", File.ReadAllText(markdown));
        Assert.Contains(",slower", File.ReadAllText(csv));
    }

    [Fact]
    public void A_removed_case_is_missing_and_a_failed_one_fails()
    {
        // In the files with several cases (TcpPingPong, AnonPipeThroughput): drop the first, fail the next.
        string changed = Rewrite("changed", null, benchmarks =>
        {
            if (benchmarks.Count >= 2)
            {
                benchmarks.RemoveAt(0);
                benchmarks[0]!["Statistics"] = null;
            }
        });
        (int code, string output, _) = Gate("--baseline", _fixture, "--current", changed);
        Assert.Equal(1, code);
        Assert.Contains("missing", output);
        Assert.Contains("failed", output);
    }

    [Fact]
    public void Cases_keep_their_keys_across_profiles_and_a_changed_profile_is_a_warning()
    {
        string shortRun = Path.Combine(AppContext.BaseDirectory, "Fixtures", "short-run");
        (int code, string output, _) = Gate("--baseline", _fixture, "--current", shortRun);
        Assert.Equal(0, code);
        Assert.Contains("warning: the baseline was measured as 3 launch(es), up to 15 samples a case, the current run as 1 launch(es), up to 3 samples a case", output);
        string tcp = output.Split('\n').First(l => l.StartsWith("TcpPingPong(Size=64, Placement=Split)", StringComparison.Ordinal));
        Assert.EndsWith("too few samples", tcp.TrimEnd());
    }

    [Fact]
    public void Nothing_in_common_is_an_error_not_a_pass()
    {
        string other = Directory.CreateDirectory(Path.Combine(_work, "other")).FullName;
        File.Copy(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "short-run"), "*SignalPingPong-report-full.json").Single(), Path.Combine(other, "x-report-full.json"));
        (int code, _, string error) = Gate("--baseline", _fixture, "--current", other);
        Assert.Equal(2, code);
        Assert.StartsWith("ipcbench: nothing to compare: no case was measured on both sides", error);
    }

    [Fact]
    public void Times_and_streams_are_printed_in_fitting_units_with_the_ratios_interval()
    {
        (int code, string output, _) = Gate("--baseline", _fixture, "--current", _fixture, "--threshold", "1.3x");
        Assert.Equal(0, code);
        string stream = output.Split('\n').First(l => l.StartsWith("AnonPipeThroughput(Chunk=65536", StringComparison.Ordinal));
        Assert.Contains(" MiB/s", stream);
        Assert.Contains("1.00 (", stream);
        Assert.EndsWith("no significant change", stream.TrimEnd());
        Assert.Contains(" µs", output.Split('\n').First(l => l.StartsWith("TcpPingPong(Size=64", StringComparison.Ordinal)));
        Assert.DoesNotContain(" same", output);
    }

    [Theory]
    [InlineData("--baseline", "/nonexistent", "--current", "/nonexistent")]
    [InlineData("--baseline", "/tmp", "--current", "/tmp", "--threshold", "30")]
    [InlineData("--current", "/tmp")]
    [InlineData("--baseline", "/tmp", "--current", "/tmp", "--threshold", "lots")]
    [InlineData("--frobnicate", "1")]
    [InlineData()]
    [InlineData("--against", "HEAD", "--baseline", "/tmp", "--current", "/tmp")]
    [InlineData("--against", "no-such-ref-anywhere")]
    [InlineData("--against", "HEAD", "--pairs", "3")]
    [InlineData("--against", "HEAD", "--filter", "*NoSuchBenchmark*")]
    public void Bad_input_exits_2_with_one_line(params string[] args)
    {
        (int code, string output, string error) = Gate(args);
        Assert.Equal(2, code);
        Assert.Equal("", output.Trim());
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("ipcbench: ", error);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Copies the fixture, changing each benchmark and/or the list of benchmarks of every file.</summary>
    private string Rewrite(string name, Action<JsonNode>? eachBenchmark, Action<JsonArray>? benchmarks = null)
    {
        string folder = Directory.CreateDirectory(Path.Combine(_work, name)).FullName;
        foreach (string file in Directory.GetFiles(_fixture, "*-report-full.json"))
        {
            JsonNode json = JsonNode.Parse(File.ReadAllText(file))!;
            JsonArray list = json["Benchmarks"]!.AsArray();
            foreach (JsonNode? benchmark in list)
            {
                eachBenchmark?.Invoke(benchmark!);
            }

            benchmarks?.Invoke(list);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), json.ToJsonString());
        }

        return folder;
    }

    private static (int Code, string Output, string Error) Gate(params string[] args) => BenchExecutable.Run(["gate", .. args]);
}

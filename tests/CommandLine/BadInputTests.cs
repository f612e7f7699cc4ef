using IpcBench.Tests.Support;

namespace IpcBench.Tests.CommandLine;

/// <summary>Bad input to the bench executable: a one-line error on standard error and exit code 2, never a stack trace.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("--filter", "NoSuchBenchmark")]
    [InlineData("--no-such-option")]
    [InlineData("--placement", "nowhere")]
    [InlineData("--placement")]
    [InlineData("report")]
    [InlineData("report", "--from", "/nonexistent/results")]
    [InlineData("report", "--from", "/tmp", "--colour", "blue")]
    [InlineData("gate", "--baseline")]
    [InlineData("latency", "--size", "-1")]
    [InlineData("latency", "--placement", "0,1")]
    [InlineData("latency", "--count", "0")]
    [InlineData("latency", "--rate", "-5")]
    [InlineData("latency", "--frobnicate")]
    [InlineData("gate", "--baseline", "/tmp", "--current", "/tmp", "--threshold", "lots")]
    [InlineData("cleanup", "now")]
    [InlineData("--list", "flatt")]
    [InlineData("--job", "nosuchjob", "--filter", "*Tcp*")]
    [InlineData("latency", "--filter", "*NoSuchTransport*")]
    [InlineData("latency", "--filter", "*Floor*", "--size", "99999999")]
    public void Bad_input_is_one_line_and_exit_code_2(params string[] args)
    {
        (int code, _, string error) = BenchExecutable.Run(args);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("ipcbench: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Cleanup_runs_and_succeeds()
    {
        (int code, _, _) = BenchExecutable.Run("cleanup");
        Assert.Equal(0, code);
    }
}

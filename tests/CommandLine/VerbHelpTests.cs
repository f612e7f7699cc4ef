using System.Diagnostics;
using IpcBench.Tests.Support;
using IpcBench.Transports.Naming;

namespace IpcBench.Tests.CommandLine;

/// <summary>
/// The command line as a new user meets it, through the real executable with no terminal
/// attached: every verb's help, the main help with BenchmarkDotNet's after IpcBench's, typos.
/// </summary>
public class VerbHelpTests
{
    [Theory]
    [InlineData("latency", "--size")]
    [InlineData("gate", "--baseline")]
    [InlineData("report", "--from")]
    [InlineData("cleanup", "Remove")]
    [InlineData("claims", "--rounds")]
    [InlineData("reproducibility", "--checks")]
    public void Every_verb_has_help_and_does_nothing_else(string verb, string expected)
    {
        (int code, string output, string error) = BenchExecutable.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"IpcBench.Bench {verb} [options]", output);
        Assert.Contains(expected, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Cleanup_help_removes_nothing()
    {
        string stale = $"/dev/shm/{IpcNames.Prefix}4194000-cleanup-help";
        File.WriteAllText(stale, "");
        try
        {
            Assert.Equal(0, BenchExecutable.Run("cleanup", "--help").Code);
            Assert.True(File.Exists(stale), "cleanup --help cleaned up");
        }
        finally
        {
            File.Delete(stale);
        }
    }

    [Fact]
    public void Main_help_shows_the_verbs_and_options_first_then_BenchmarkDotNets()
    {
        (int code, string output, _) = BenchExecutable.Run("--help");
        Assert.Equal(0, code);
        int verbs = output.IndexOf("latency", StringComparison.Ordinal);
        int placement = output.IndexOf("--placement", StringComparison.Ordinal);
        int bdn = output.IndexOf("BenchmarkDotNet's options", StringComparison.Ordinal);
        Assert.True(verbs >= 0 && placement >= 0 && bdn > verbs && bdn > placement, output);
        foreach (string verb in new[] { "report", "gate", "latency", "claims", "reproducibility", "cleanup" })
        {
            Assert.Contains(verb, output[..bdn]);
        }

        Assert.Contains("--filter", output[bdn..]);
        Assert.Contains("--job", output[bdn..]);
    }

    [Fact]
    public void A_typo_of_a_verb_is_one_line_with_a_suggestion_and_exit_2_within_2_seconds()
    {
        var clock = Stopwatch.StartNew();
        (int code, string output, string error) = BenchExecutable.Run("reprot");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("ipcbench: unknown verb 'reprot': did you mean 'report'? (verbs: report, gate, latency, claims, reproducibility, cleanup, netns, boundary, runtimes, usecases; see --help)", error.Trim());
    }

    [Fact]
    public void No_arguments_without_a_terminal_never_opens_the_interactive_picker()
    {
        var clock = Stopwatch.StartNew();
        (int code, _, string error) = BenchExecutable.Run();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(2, code);
        Assert.Contains("no benchmark selected", error);
    }

    [Fact]
    public void A_size_too_large_for_a_selected_transport_fails_before_anything_is_measured()
    {
        var before = IpcLeakCheck.Take();
        var clock = Stopwatch.StartNew();
        (int code, string output, string error) = BenchExecutable.Run("latency", "--size", "600000");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--size 600000 is too large for Shm", error);
        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void Listing_cases_passes_through_to_BenchmarkDotNet()
    {
        (int code, string output, _) = BenchExecutable.Run("--list", "flat", "--filter=*Fifo*");
        Assert.Equal(0, code);
        Assert.Contains("IpcBench.Bench.Benchmarks.FifoPingPong.RoundTrip", output);
        Assert.DoesNotContain("TcpPingPong", output);
    }
}

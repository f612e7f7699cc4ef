using IpcBench.Bench.CommandLine;

namespace IpcBench.Tests.CommandLine;

public class ProgressTests
{
    [Fact]
    public void Redirected_output_gets_a_plain_line_per_case_with_count_and_eta()
    {
        var output = new StringWriter();
        var progress = new Progress(3, output, interactive: false);
        progress.Begin("Tcp");
        progress.Done("Tcp p50 30 µs");
        progress.Begin("Fifo");
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("[1/3] Tcp", lines[0]);
        Assert.Equal("  Tcp p50 30 µs", lines[1]);
        Assert.StartsWith("[2/3] Fifo (about ", lines[2]);
        Assert.EndsWith(" left)", lines[2]);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void A_terminal_gets_one_status_line_rewritten_in_place()
    {
        var output = new StringWriter();
        var progress = new Progress(2, output, interactive: true);
        progress.Begin("Tcp");
        Assert.Equal("\r[1/2] Tcp\u001b[K", output.ToString());
        progress.Done("Tcp done");
        Assert.EndsWith("\rTcp done\u001b[K" + Environment.NewLine, output.ToString());
    }
}

using IpcBench.Tests.Support;

namespace IpcBench.Tests.Gate;

/// <summary>
/// The A/B gate end to end on one fast case: HEAD built in a worktree, six pairs of launches,
/// a table, and nothing left behind (or, in a copy that is no git checkout, a clear refusal). It checks the mechanics, not speed: the threshold is set so
/// high that only a broken comparison could fail it.
/// </summary>
public sealed class AbGateCommandTests
{
    [Fact]
    public void Against_HEAD_builds_the_ref_runs_six_pairs_and_removes_its_worktree()
    {
        if (Worktrees() is not { Length: > 0 } before)
        {
            // A copy of the sources that is no git checkout: the gate must say so, not hang or crash.
            (int exit, _, string message) = BenchExecutable.RunRelease(TimeSpan.FromMinutes(5), "gate", "--against", "HEAD");
            Assert.Equal(2, exit);
            Assert.Contains("--against needs a git checkout", message);
            return;
        }

        (int code, string output, string error) = BenchExecutable.RunRelease(
            TimeSpan.FromMinutes(5),
            "gate", "--against", "HEAD", "--pairs", "6", "--iterations", "2", "--threshold", "5x",
            "--filter", "*FloorPingPong.RoundTrip(*Size: 64)");
        Assert.True(code == 0, $"exit {code}: {error}\n{output}");
        Assert.Contains("1 case(s) x 6 pairs of launches", output);
        Assert.Contains("launch 12/12", output);
        string row = output.Split('\n').Single(l => l.StartsWith("FloorPingPong(Size=64", StringComparison.Ordinal));
        Assert.EndsWith("no significant change", row.TrimEnd());
        Assert.Contains("gate passed", output);
        Assert.Equal(before, Worktrees());
    }

    private static string[] Worktrees()
    {
        var info = new System.Diagnostics.ProcessStartInfo("git", ["worktree", "list", "--porcelain"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        try
        {
            using var git = System.Diagnostics.Process.Start(info)!;
            string list = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode != 0 ? [] : [.. list.Split('\n').Where(l => l.StartsWith("worktree ", StringComparison.Ordinal)).Order()];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}

using IpcBench.Bench.Runtimes;
using IpcBench.Tests.Support;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.Runtimes;

/// <summary>The runtimes check measures every peer and the seed's example in every round, verified, and leaves nothing behind.</summary>
public class RuntimesCheckTests
{
    [Fact]
    public void Every_runtime_and_the_seed_example_are_measured_side_by_side()
    {
        var before = IpcLeakCheck.Take();
        var rounds = new List<int>();
        IReadOnlyList<RuntimesRow> rows = RuntimesCheck.Run(3, 50, Placement.Os, new Random(1), rounds.Add);

        Assert.Equal([0, 1, 2], rounds);
        Assert.Equal(["Stdio", "PythonStdio", "NodeStdio", "PythonUnix", "NodeUnix", "PythonTcp", "NodeTcp", SeedExampleDriver.Label], rows.Select(r => r.Peer));
        Assert.All(rows, r =>
        {
            Assert.Equal(3, r.Rounds);
            Assert.InRange(r.MedianNs, r.LowestNs, r.HighestNs);
            Assert.True(r.LowestNs > 0 && r.MedianRatioToDotNet > 0, $"{r.Peer}: {r.LowestNs} ns, ratio {r.MedianRatioToDotNet}");
        });
        Assert.Equal(1.0, rows[0].MedianRatioToDotNet);
        IpcLeakCheck.AssertNothingLeftSince(before);
    }
}

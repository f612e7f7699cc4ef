using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Gate;

namespace IpcBench.Tests.Gate;

public class AbGateTests
{
    [Fact]
    public void Each_case_has_a_glob_that_selects_it_and_nothing_else()
    {
        IReadOnlyList<BenchmarkCase> cases = AbGate.Cases(["*"]);
        Assert.True(cases.Count > 80, $"only {cases.Count} cases");
        foreach (BenchmarkCase benchmarkCase in cases)
        {
            var filter = new GlobFilter([AbGate.CaseGlob(benchmarkCase)]);
            Assert.Same(benchmarkCase, Assert.Single(cases, filter.Predicate));
        }
    }

    [Fact]
    public void The_default_subset_picks_eight_single_cases()
    {
        foreach (string glob in GateSubset.Filters)
        {
            Assert.True(AbGate.Cases([glob]).Count == 1, $"{glob} selects {AbGate.Cases([glob]).Count} cases");
        }

        Assert.Equal(8, AbGate.Cases(GateSubset.Filters).Count);
    }

    [Fact]
    public void A_launch_is_one_in_process_launch_of_BenchmarkDotNet_with_its_own_artifacts()
    {
        IReadOnlyList<string> arguments = AbGate.LaunchArguments(["*TcpPingPong.RoundTrip(*Size: 64)"], 5, "/tmp/x");
        Assert.Equal(
            ["--filter", "*TcpPingPong.RoundTrip(*Size: 64)", "--inProcess", "--launchCount", "1", "--warmupCount", "1", "--iterationCount", "5", "--iterationTime", "100", "--artifacts", "/tmp/x"],
            arguments);
    }
}

using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Tests.Support;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.Rounds;

/// <summary>A real, small check: fresh peers per slice, every byte verified, figures kept, nothing left.</summary>
public class InterleavedCheckTests
{
    [Fact]
    public void A_small_check_measures_every_case_in_every_round_and_leaves_nothing()
    {
        var before = IpcLeakCheck.Take();
        IReadOnlyList<CheckCase> cases = CheckCase.Matching(["FutexPingPong", "AnonPipe*"]);
        Assert.Equal(3, cases.Count);
        var seen = new List<(int Round, CheckCase Case)>();
        CheckRun run = InterleavedCheck.Run(cases, 3, TimeSpan.FromMilliseconds(20), Placement.Os, "test", new Random(1), (r, _, c) => seen.Add((r, c)));

        Assert.Equal(3, run.Rounds);
        Assert.All(run.Figures, round => Assert.All(round, f => Assert.True(f > 0 && double.IsFinite(f))));
        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal(cases.ToHashSet(), seen.Where(s => s.Round == r).Select(s => s.Case).ToHashSet()));
        Assert.All(run.Of(cases.Single(c => c.Scenario == Scenario.Throughput)), mibs => Assert.InRange(mibs, 10, 1_000_000));
        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Fact]
    public void A_check_survives_being_written_and_read_back()
    {
        CheckRun run = IpcBench.Tests.Claims.SyntheticCheck.Make(4);
        string folder = Directory.CreateTempSubdirectory("check-files-").FullName;
        try
        {
            CheckRunFiles.Write(folder, run);
            CheckRun back = CheckRunFiles.Read(folder)!;
            Assert.Equal(run.Cases.Select(c => c.ToString()), back.Cases.Select(c => c.ToString()));
            Assert.Equal(run.Build, back.Build);
            for (int r = 0; r < run.Rounds; r++)
            {
                Assert.Equal(run.Figures[r], back.Figures[r]);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using IpcBench.Bench.UseCases;
using IpcBench.Tests.Support;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.UseCases;

/// <summary>
/// The use-case check measures every mechanism of every recommendation and every JSON-RPC split
/// path in every round, verified, and leaves nothing behind; queues behind a container boundary
/// are found not to cross (root only, as CI runs).
/// </summary>
public class UseCaseCheckTests
{
    [Fact]
    public void Every_recommendation_and_split_path_is_measured_in_every_round()
    {
        var before = IpcLeakCheck.Take();
        var rounds = new List<int>();
        UseCaseCheck.Result result = UseCaseCheck.Run(2, Placement.Os, new Random(3), rounds.Add);

        Assert.Equal([0, 1], rounds);
        Assert.Equal(SeedUseCases.All.Sum(u => u.Candidates.Count), result.UseCases.Count);
        Assert.Equal(SeedUseCases.All.Select(u => u.Title), result.UseCases.Select(r => r.UseCase).Distinct());
        foreach (UseCaseRow row in result.UseCases.Where(r => r.Median is not null))
        {
            Assert.Equal(2, row.Rounds);
            Assert.True(row.Median > 0 && row.RatioToBest > 0, $"{row.UseCase} {row.Candidate}: {row.Median}");
        }

        bool root = NetnsPair.Unavailable is null;
        Assert.All(result.UseCases.Where(r => r.UseCase != "Between containers"), r => Assert.NotNull(r.Median));
        UseCaseRow[] containers = [.. result.UseCases.Where(r => r.UseCase == "Between containers")];
        Assert.All(containers.Where(r => r.Candidate.Contains("message queue")), r => Assert.Equal(root ? UseCaseJudge.CannotCross : UseCaseJudge.NotMeasured, r.Standing));
        Assert.Equal(root ? 4 : 0, containers.Count(r => r.Median is not null));

        Assert.Equal(SeedUseCases.SplitPaths.Count * 3 * 2, result.Split.Count);
        Assert.All(result.Split, s => Assert.True(s.JsonRpcNs > 0 && s.RawEchoNs > 0 && s.WireBytes > 200, $"{s.Peer} {s.Transport} {s.Body}"));
        IpcLeakCheck.AssertNothingLeftSince(before);
    }
}

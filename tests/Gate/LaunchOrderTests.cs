using IpcBench.Bench.Gate;

namespace IpcBench.Tests.Gate;

public class LaunchOrderTests
{
    [Fact]
    public void Both_sides_of_a_pair_run_back_to_back_and_the_first_side_alternates()
    {
        IReadOnlyList<Launch> order = LaunchOrder.Of(pairs: 4, cases: 3);
        Assert.Equal(24, order.Count);
        for (int i = 0; i < order.Count; i += 2)
        {
            Assert.Equal(order[i].Pair, order[i + 1].Pair);
            Assert.Equal(order[i].Case, order[i + 1].Case);
            Assert.NotEqual(order[i].Side, order[i + 1].Side);
            Side expectedFirst = (order[i].Pair + order[i].Case) % 2 == 0 ? Side.Baseline : Side.Current;
            Assert.Equal(expectedFirst, order[i].Side);
        }
    }

    [Fact]
    public void Every_case_runs_once_per_side_and_pair_and_goes_first_equally_often()
    {
        IReadOnlyList<Launch> order = LaunchOrder.Of(pairs: 6, cases: 5);
        Assert.Equal(order.Count, order.Distinct().Count());
        foreach (int c in Enumerable.Range(0, 5))
        {
            Launch[] firsts = [.. order.Where((l, i) => i % 2 == 0 && l.Case == c)];
            Assert.Equal(6, firsts.Length);
            Assert.Equal(3, firsts.Count(l => l.Side == Side.Baseline));
        }
    }

    [Fact]
    public void Pairs_follow_each_other_so_a_pair_spans_seconds_not_the_whole_run()
    {
        IReadOnlyList<Launch> order = LaunchOrder.Of(pairs: 3, cases: 2);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2], order.Select(l => l.Pair));
        Assert.Equal(
            [Side.Baseline, Side.Current, Side.Current, Side.Baseline, Side.Current, Side.Baseline, Side.Baseline, Side.Current, Side.Baseline, Side.Current, Side.Current, Side.Baseline],
            order.Select(l => l.Side));
    }
}

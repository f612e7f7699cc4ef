using IpcBench.Bench.Rounds;

namespace IpcBench.Tests.Rounds;

public class RoundOrderTests
{
    [Fact]
    public void Every_case_appears_once_per_round()
    {
        var random = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            Assert.Equal(Enumerable.Range(0, 29), RoundOrder.Shuffle(29, random).Order());
        }
    }

    [Fact]
    public void The_order_is_fresh_each_round()
    {
        var random = new Random(5);
        var orders = Enumerable.Range(0, 20).Select(_ => string.Join(',', RoundOrder.Shuffle(29, random))).ToList();
        Assert.Equal(20, orders.Distinct().Count());
        // No case is stuck in one position: the first slot is held by many different cases.
        Assert.True(orders.Select(o => o.Split(',')[0]).Distinct().Count() >= 10);
    }
}

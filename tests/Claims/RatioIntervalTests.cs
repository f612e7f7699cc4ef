using IpcBench.Bench.Claims;

namespace IpcBench.Tests.Claims;

public class RatioIntervalTests
{
    [Theory]
    [InlineData(15, 3, 0.017578125)]
    [InlineData(20, 5, 0.020694732666015625)]
    [InlineData(1, 0, 0.5)]
    [InlineData(4, 4, 1.0)]
    [InlineData(10, -1, 0.0)]
    public void The_binomial_tail_is_exact(int n, int k, double expected) => Assert.Equal(expected, RatioInterval.BinomialCdf(n, k), 12);

    [Fact]
    public void Twenty_rounds_give_the_6th_and_15th_ratio_with_at_least_95_percent()
    {
        RatioInterval r = RatioInterval.Of(Enumerable.Range(1, 20).Select(i => (double)i))!;
        Assert.Equal(10.5, r.Median);
        Assert.Equal(6, r.Low);
        Assert.Equal(15, r.High);
        Assert.Equal(20, r.Rounds);
        Assert.InRange(r.Coverage, 0.95, 0.96);
    }

    [Fact]
    public void Too_few_rounds_give_the_whole_range()
    {
        RatioInterval r = RatioInterval.Of([3.0, 1.0, 2.0, 5.0, 4.0])!;
        Assert.Equal((3.0, 1.0, 5.0), (r.Median, r.Low, r.High));
        Assert.True(r.Coverage < 0.95);
    }

    [Fact]
    public void Missing_rounds_are_left_out_and_no_round_is_no_interval()
    {
        Assert.Equal(2, RatioInterval.Of([1.0, double.NaN, 3.0])!.Rounds);
        Assert.Null(RatioInterval.Of([double.NaN]));
    }

    [Fact]
    public void Widening_multiplies_out_on_both_sides()
    {
        RatioInterval r = new RatioInterval(4, 3, 5, 20, 0.96).Widen(2);
        Assert.Equal((4.0, 1.5, 10.0), (r.Median, r.Low, r.High));
        Assert.Same(r, r.Widen(0.5));
    }
}

using IpcBench.Bench.Claims;
using IpcBench.Bench.UseCases;

namespace IpcBench.Tests.UseCases;

/// <summary>The rules from ratios to standings and from standings to a recommendation's verdict.</summary>
public class UseCaseJudgeTests
{
    [Theory]
    [InlineData(1.2, 1.1, 1.9, UseCaseJudge.Among)]
    [InlineData(3.0, 2.1, 4.0, UseCaseJudge.NotAmong)]
    [InlineData(1.8, 1.2, 2.6, UseCaseJudge.Inconclusive)]
    public void A_mechanism_is_among_the_best_only_when_its_whole_interval_is_within_twice_the_best(double median, double low, double high, string standing)
    {
        Assert.Equal(standing, UseCaseJudge.Standing(new RatioInterval(median, low, high, 10, 0.98), isBest: false));
        Assert.Equal(UseCaseJudge.Best, UseCaseJudge.Standing(new RatioInterval(median, low, high, 10, 0.98), isBest: true));
    }

    [Fact]
    public void A_recommendation_holds_when_every_named_mechanism_is_among_the_best()
    {
        Assert.Equal(UseCaseJudge.Holds, UseCaseJudge.Verdict([Row(true, UseCaseJudge.Best), Row(true, UseCaseJudge.Among), Row(false, UseCaseJudge.NotAmong)]));
    }

    [Fact]
    public void It_holds_in_part_when_some_named_mechanisms_surely_are_not_or_cannot_be_used()
    {
        Assert.Equal(UseCaseJudge.Partly, UseCaseJudge.Verdict([Row(true, UseCaseJudge.Among), Row(true, UseCaseJudge.CannotCross), Row(false, UseCaseJudge.Best)]));
        Assert.Equal(UseCaseJudge.Partly, UseCaseJudge.Verdict([Row(true, UseCaseJudge.Best), Row(true, UseCaseJudge.NotAmong)]));
    }

    [Fact]
    public void It_does_not_hold_when_no_named_mechanism_is_among_the_best()
    {
        Assert.Equal(UseCaseJudge.DoesNotHold, UseCaseJudge.Verdict([Row(true, UseCaseJudge.NotAmong), Row(true, UseCaseJudge.CannotCross), Row(false, UseCaseJudge.Best)]));
    }

    [Fact]
    public void An_interval_across_the_line_or_nothing_measured_decides_nothing()
    {
        Assert.Equal(UseCaseJudge.Inconclusive, UseCaseJudge.Verdict([Row(true, UseCaseJudge.Among), Row(true, UseCaseJudge.Inconclusive), Row(false, UseCaseJudge.Best)]));
        Assert.Equal(UseCaseJudge.NotMeasured, UseCaseJudge.Verdict([Row(true, UseCaseJudge.NotMeasured), Row(false, UseCaseJudge.NotMeasured)]));
        Assert.Equal(UseCaseJudge.NotMeasured, UseCaseJudge.Verdict([Row(true, UseCaseJudge.Best)]));
    }

    private static UseCaseRow Row(bool recommended, string standing)
    {
        bool measured = standing is not (UseCaseJudge.NotMeasured or UseCaseJudge.CannotCross);
        return new UseCaseRow("use", "rec", "work", "mechanism", recommended, UseCase.PerCall, measured ? 1000 : null, measured ? 1 : null, measured ? 1 : null, measured ? 1 : null, 10, standing, null);
    }
}

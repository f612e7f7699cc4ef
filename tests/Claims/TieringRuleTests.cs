using IpcBench.Bench.Claims;

namespace IpcBench.Tests.Claims;

public class TieringRuleTests
{
    [Theory]
    [InlineData(1.0, SpeedTier.High)]
    [InlineData(2.0, SpeedTier.High)]
    [InlineData(2.01, SpeedTier.Medium)]
    [InlineData(10.0, SpeedTier.Medium)]
    [InlineData(10.01, SpeedTier.Low)]
    public void Ratios_fall_in_the_stated_tiers(double ratio, SpeedTier tier) => Assert.Equal(tier, TieringRule.FromRatio(ratio));
}

using IpcBench.Bench.Gate;

namespace IpcBench.Tests.Gate;

public class GateThresholdTests
{
    [Theory]
    [InlineData("30%", 1.3)]
    [InlineData("1.3x", 1.3)]
    [InlineData("1.05x", 1.05)]
    [InlineData(" 50% ", 1.5)]
    public void A_threshold_is_read_with_its_unit(string text, double factor)
    {
        Assert.True(GateThreshold.TryParse(text, out GateThreshold threshold, out _));
        Assert.Equal(factor, threshold.Factor, 9);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("lots")]
    [InlineData("30 ns")]
    public void A_threshold_without_a_unit_is_refused(string text)
    {
        Assert.False(GateThreshold.TryParse(text, out _, out string error));
        Assert.Contains("give its unit", error);
    }

    [Theory]
    [InlineData("0.5x")]
    [InlineData("-10%")]
    [InlineData("0%")]
    public void A_threshold_that_is_no_slowdown_is_refused(string text)
    {
        Assert.False(GateThreshold.TryParse(text, out _, out string error));
        Assert.Contains("must be a slowdown", error);
    }

    [Fact]
    public void The_percentage_and_Perfolizers_threshold_say_the_same()
    {
        var threshold = new GateThreshold(1.3);
        Assert.Equal("30%", threshold.ToString());
        Assert.Equal(Perfolizer.Metrology.Threshold.Parse("30%").ToString(), threshold.ForPerfolizer().ToString());
    }
}

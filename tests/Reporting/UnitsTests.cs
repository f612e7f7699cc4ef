using IpcBench.Bench.Reporting;

namespace IpcBench.Tests.Reporting;

public class UnitsTests
{
    [Theory]
    [InlineData(12.34, "12.3 ns")]
    [InlineData(1_234.0, "1.23 µs")]
    [InlineData(17_042_600.0, "17.04 ms")]
    [InlineData(2_500_000_000.0, "2.50 s")]
    [InlineData(null, "—")]
    public void Times_take_the_unit_that_keeps_them_readable(double? ns, string expected) => Assert.Equal(expected, Units.Time(ns));

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(64, "64 B")]
    [InlineData(65536, "64 KiB")]
    [InlineData(1 << 20, "1 MiB")]
    public void Sizes_are_in_bytes_or_binary_units(int bytes, string expected) => Assert.Equal(expected, Units.Bytes(bytes));

    [Fact]
    public void Throughput_ratios_and_factors_are_invariant()
    {
        Assert.Equal("12,345 MiB/s", Units.MiBPerSecond(12_345.4));
        Assert.Equal("1.35", Units.Ratio(1.349));
        Assert.Equal("2.5x", Units.Factor(2.5));
        Assert.Equal("n/a", Units.Factor(null));
    }
}

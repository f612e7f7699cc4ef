using IpcBench.Bench.Reporting;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Tests.Reporting;

/// <summary>Each transport keeps one colour everywhere; families share a hue; the charts use exactly these colours.</summary>
public class TransportPaletteTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Every_variant_has_a_colour_of_its_own()
    {
        string[] colours = [.. TransportCatalog.Variants.Select(t => TransportPalette.HexOf(t.Label))];
        Assert.DoesNotContain(TransportPalette.Unknown, colours);
        Assert.Equal(colours.Length, colours.Distinct().Count());
    }

    [Theory]
    [InlineData(TransportFamily.SpinningSharedMemory, "blue")]
    [InlineData(TransportFamily.Socket, "green")]
    [InlineData(TransportFamily.SleepingKernel, "warm")]
    public void Families_read_at_a_glance(TransportFamily family, string hue)
    {
        foreach (Transport t in TransportCatalog.Variants.Where(t => t.Family == family))
        {
            (int r, int g, int b) = Rgb(TransportPalette.HexOf(t.Label));
            bool matches = hue switch
            {
                "blue" => b > r && b > g,
                "green" => g > r && g >= b,
                _ => r > b || (r > g && b > g),
            };
            Assert.True(matches, $"{t.Label} {TransportPalette.HexOf(t.Label)} is not {hue}");
        }
    }

    [Fact]
    public void The_colour_belongs_to_the_transport_not_its_rank()
    {
        // Shm (Spin) is the fastest at 64 B and the fastest stream; wherever it is drawn, it is drawn in its own colour.
        string spin = TransportPalette.HexOf("Shm (Spin)");
        string tcp = TransportPalette.HexOf("Tcp");
        foreach (string chart in new[] { "latency-64", "latency-65536", "throughput-65536", "latency-by-size-spinningsharedmemory" })
        {
            Assert.Contains(spin, File.ReadAllText(Path.Combine(fixture.ReportFolder, chart + ".svg")), StringComparison.OrdinalIgnoreCase);
        }

        foreach (string chart in new[] { "latency-64", "throughput-4096", "latency-by-size-socket" })
        {
            Assert.Contains(tcp, File.ReadAllText(Path.Combine(fixture.ReportFolder, chart + ".svg")), StringComparison.OrdinalIgnoreCase);
        }

        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        Assert.Contains($"background:{spin}\"></span><b>Shm (Spin)</b>", html);
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}

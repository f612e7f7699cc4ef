namespace IpcBench.Tests.Reporting;

public class ReportChartsTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Charts_are_written_as_png_and_svg_and_embedded_in_the_page()
    {
        string[] pngs = Directory.GetFiles(fixture.ReportFolder, "*.png");
        Assert.True(pngs.Length >= 9, $"{pngs.Length} charts");
        foreach (string png in pngs)
        {
            Assert.True(new FileInfo(png).Length > 10_000, png);
            Assert.True(File.Exists(Path.ChangeExtension(png, ".svg")), png);
        }

        string html = File.ReadAllText(Path.Combine(fixture.ReportFolder, "index.html"));
        Assert.Equal(pngs.Length, html.Split("data:image/png;base64,").Length - 1);
        Assert.True(File.Exists(Path.Combine(fixture.ReportsRoot, "latest", "index.html")));
    }

    [Fact]
    public void Sizes_are_small_multiples_by_family_not_one_crowded_chart()
    {
        string[] bySize = [.. Directory.GetFiles(fixture.ReportFolder, "latency-by-size-*.svg").Select(Path.GetFileNameWithoutExtension).Order()!];
        Assert.Equal(["latency-by-size-sleepingkernel", "latency-by-size-socket", "latency-by-size-spinningsharedmemory"], bySize);
    }
}

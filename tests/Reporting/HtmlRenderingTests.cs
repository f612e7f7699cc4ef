using System.Diagnostics;
using SkiaSharp;

namespace IpcBench.Tests.Reporting;

/// <summary>
/// index.html opened in headless Chromium (scripts/test.sh installs it from Debian's packages):
/// the DOM has the tables and every chart, and a 1280-pixel screenshot is not blank.
/// </summary>
public class HtmlRenderingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void The_page_renders_its_tables_and_charts_in_chromium()
    {
        string page = new Uri(Path.Combine(fixture.ReportFolder, "index.html")).AbsoluteUri;
        string screenshot = Path.Combine(fixture.ReportsRoot, "screenshot.png");

        string dom = Chromium("--dump-dom", page);
        Assert.Contains("<h2>Claims</h2>", dom);
        Assert.Contains("<h2>Summary</h2>", dom);
        Assert.True(dom.Split("<img").Length - 1 >= 7, "charts missing from the DOM");

        Chromium($"--screenshot={screenshot}", page);
        using SKBitmap bitmap = SKBitmap.Decode(screenshot);
        Assert.Equal(1280, bitmap.Width);
        var colours = new HashSet<uint>();
        for (int y = 0; y < bitmap.Height; y += 4)
        {
            for (int x = 0; x < bitmap.Width; x += 4)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 20, $"the screenshot has only {colours.Count} colours: blank?");
    }

    private static string Chromium(string mode, string page)
    {
        string? chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        Assert.True(chromium is not null, "chromium is not installed: run scripts/test.sh, which installs it");
        var info = new ProcessStartInfo(chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2400", "--hide-scrollbars",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            mode, page,
        })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 60 s");
        }

        return output.GetAwaiter().GetResult();
    }
}

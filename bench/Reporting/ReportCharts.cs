using ScottPlot.TickGenerators;
using ScottPlot;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// The report's charts, as PNG (embedded in index.html) and SVG. Values that span decades go on
/// a log scale: ScottPlot 5.1 has no log axis, so log10 of the data is plotted with log minor
/// ticks and labels that show the real values.
/// </summary>
public static class ReportCharts
{
    private const int Width = 1200;
    private const int Height = 640;

    private static readonly IPalette Palette = new ScottPlot.Palettes.Category20();

    public static IReadOnlyList<(string Title, string PngPath)> Render(IReadOnlyList<BenchmarkResult> results, IReadOnlyList<ClaimVerdict> verdicts, string folder)
    {
        // Deterministic text: without a known font ScottPlot silently draws no text at all.
        Fonts.Default = "DejaVu Sans";
        var charts = new List<(string, string)>();
        List<BenchmarkResult> pingPong = [.. results.Where(r => r.IsMeasured && r.Scenario == "PingPong")];
        List<BenchmarkResult> throughput = [.. results.Where(r => r.IsMeasured && r.Scenario == "Throughput")];

        foreach (int size in pingPong.Select(r => r.Size!.Value).Distinct().Order())
        {
            string title = $"Round trip by transport, {HtmlReport.FormatBytes(size)} messages (median, log scale)";
            charts.Add((title, Save(LatencyBars(title, pingPong.Where(r => r.Size == size)), folder, $"latency-{size}")));
        }

        if (pingPong.Count > 0)
        {
            const string title = "Round trip against message size (median, log scales)";
            charts.Add((title, Save(Lines(title, pingPong, "message size", "round trip", v => HtmlReport.FormatNs(v), r => r.MedianNs!.Value), folder, "latency-by-size")));
        }

        if (throughput.Count > 0)
        {
            const string title = "Throughput against chunk size (16 MiB per operation, log scale)";
            charts.Add((title, Save(Lines(title, throughput, "chunk size", "MiB/s", v => $"{v:N0}", r => r.MiBPerSecond!.Value), folder, "throughput-by-chunk")));
        }

        List<ClaimVerdict> judged = [.. verdicts.Where(v => v.ThroughputRatio is not null || v.LatencyRatio is not null)];
        if (judged.Count > 0)
        {
            const string title = "The seed's claims: each mechanism's distance from the best (log scale; tier lines at 2x and 10x)";
            charts.Add((title, Save(ClaimsBars(title, judged), folder, "claims")));
        }

        return charts;
    }

    private static Plot LatencyBars(string title, IEnumerable<BenchmarkResult> cases)
    {
        List<BenchmarkResult> sorted = [.. cases.OrderBy(r => r.MedianNs)];
        var plot = new Plot();
        var bars = sorted.Select((r, i) => new Bar
        {
            Position = i,
            Value = Math.Log10(r.MedianNs!.Value),
            FillColor = r.Transport == "Floor" ? Colors.Gray : Palette.GetColor(i),
            Label = HtmlReport.FormatNs(r.MedianNs),
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. sorted.Select((_, i) => (double)i)], [.. sorted.Select(r => r.Variant)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 140;
        LogAxis(plot.Axes.Left, v => HtmlReport.FormatNs(v));
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel("round trip");
        return plot;
    }

    private static Plot Lines(string title, List<BenchmarkResult> cases, string xLabel, string yLabel, Func<double, string> format, Func<BenchmarkResult, double> value)
    {
        int[] sizes = [.. cases.Select(r => r.Bytes!.Value).Distinct().Order()];
        var plot = new Plot();
        int index = 0;
        foreach (var variant in cases.GroupBy(r => r.Variant).OrderBy(g => g.Key))
        {
            List<BenchmarkResult> points = [.. variant.OrderBy(r => r.Bytes)];
            double[] xs = [.. points.Select(r => (double)Array.IndexOf(sizes, r.Bytes!.Value))];
            double[] ys = [.. points.Select(r => Math.Log10(value(r)))];
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = variant.Key;
            line.Color = variant.Key == "Floor" ? Colors.Gray : Palette.GetColor(index++);
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        plot.Axes.Bottom.SetTicks([.. sizes.Select((_, i) => (double)i)], [.. sizes.Select(s => HtmlReport.FormatBytes(s))]);
        LogAxis(plot.Axes.Left, format);
        plot.ShowLegend(Edge.Right);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    private static Plot ClaimsBars(string title, List<ClaimVerdict> verdicts)
    {
        var plot = new Plot();
        // Bars start below 1x so that the best (ratio 1, log 0) still shows.
        double floor = Math.Log10(0.6);
        var bars = verdicts.Select((v, i) => new Bar
        {
            Position = i,
            ValueBase = floor,
            Value = Math.Log10(v.ThroughputRatio ?? v.LatencyRatio!.Value),
            FillColor = v.Verdict == Claims.Holds ? Colors.ForestGreen : Color.FromHex("#B22222"),
            Label = v.Claim.ClaimedTier?.ToString().ToLowerInvariant() ?? "best",
        }).ToList();
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(Math.Log10(TieringRule.HighWithin), 1, Colors.Black, LinePattern.Dashed);
        plot.Add.HorizontalLine(Math.Log10(TieringRule.MediumWithin), 1, Colors.Black, LinePattern.Dashed);
        plot.Axes.Bottom.SetTicks([.. verdicts.Select((_, i) => (double)i)], [.. verdicts.Select(v => $"{v.Claim.Mechanism.Replace("Shared memory", "Shm", StringComparison.Ordinal)} ({v.Claim.Source[^1..]})")]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 160;
        LogAxis(plot.Axes.Left, v => $"{v:0.#}x");
        plot.Title(title);
        plot.YLabel("× behind the best (bar label: claimed tier)");
        plot.XLabel("green: the claim holds; red: it does not. (1), (2): the seed's tables; (t): its text");
        return plot;
    }

    /// <summary>An axis over log10 values: decade ticks labelled with the real value, log-spaced minor ticks.</summary>
    private static void LogAxis(IAxis axis, Func<double, string> format) =>
        axis.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => format(Math.Pow(10, y)),
        };

    private static string Save(Plot plot, string folder, string name)
    {
        string png = Path.Combine(folder, name + ".png");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
        return png;
    }
}

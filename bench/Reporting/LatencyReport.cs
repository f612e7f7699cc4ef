using CsvHelper;
using HdrHistogram;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using ScottPlot;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// The latency verb's report: latency.csv (one row per transport), one .hgrm per transport, the
/// percentile curves and the latency-against-CPU chart, each transport in its palette colour.
/// </summary>
public static class LatencyReport
{
    /// <summary>The report kind: folders <c>RUN-ID-latency</c>, newest in <c>latest-latency</c>.</summary>
    public const string Kind = "latency";

    public const string CsvFile = "latency.csv";

    private static readonly (string Name, string Title)[] ChartFiles =
    [
        ("latency-percentiles", "Tail latency: every round trip timed (latency verb)"),
        ("latency-cpu", "Median round trip against CPU time per round trip (latency verb)"),
    ];

    /// <summary>The rows of a latency.csv, or none when the folder has no latency run.</summary>
    public static IReadOnlyList<LatencyRow> Read(string folder) => TidyCsv.ReadIfPresent<LatencyRow>(folder, CsvFile);

    /// <summary>The charts of a latency run's folder that exist, for the benchmark report to embed.</summary>
    public static IEnumerable<ReportChart> Charts(string folder) =>
        ChartFiles.Select(c => new ReportChart(c.Title, Path.Combine(folder, c.Name + ".png"))).Where(c => File.Exists(c.PngPath));

    public static void Write(string folder, IReadOnlyList<LatencyResult> results)
    {
        TidyCsv.Write(folder, CsvFile, results.Select(LatencyRow.From));

        foreach (LatencyResult r in results)
        {
            // The full distribution in HdrHistogram's own .hgrm text, for its plotting tools.
            string name = r.Label.Replace(' ', '-').Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
            using var writer = new StreamWriter(Path.Combine(folder, $"{name}.hgrm"));
            r.Histogram.OutputPercentileDistribution(writer, percentileTicksPerHalfDistance: 5, outputValueUnitScalingRatio: 1000.0, useCsvFormat: false);
        }

        Fonts.Default = "DejaVu Sans";
        ReportCharts.Save(PercentileCurves(results), folder, ChartFiles[0].Name, ChartFiles[0].Title);
        ReportCharts.Save(LatencyAgainstCpu(results), folder, ChartFiles[1].Name, ChartFiles[1].Title);
    }

    /// <summary>Latency against percentile, the HdrHistogram way: the x axis counts nines (90%, 99%, 99.9%...).</summary>
    private static Plot PercentileCurves(IReadOnlyList<LatencyResult> results)
    {
        var plot = new Plot();
        foreach (LatencyResult r in results)
        {
            // Copied as they come: the enumerator reuses one value object. Up to 99.9999%: the last
            // points approach 100% and would stretch the axis without end.
            List<(double Percentile, long Ns)> points = [.. r.Histogram.Percentiles(5)
                .Where(p => p.Percentile <= 99.9999)
                .Select(p => (p.Percentile, p.ValueIteratedTo))];
            var line = plot.Add.ScatterLine(
                points.Select(p => Math.Log10(100 / (100 - p.Percentile))).ToArray(),
                points.Select(p => Math.Log10(Math.Max(1, p.Ns))).ToArray());
            line.LegendText = r.Label;
            line.Color = TransportPalette.ColorOf(r.Label);
            line.LineWidth = 2;
        }

        plot.Axes.Bottom.SetTicks([0, 1, 2, 3, 4, 5, 6], ["0%", "90%", "99%", "99.9%", "99.99%", "99.999%", "99.9999%"]);
        plot.Axes.SetLimitsX(0, 6);
        ReportCharts.LogAxis(plot.Axes.Left, v => Units.Time(v));
        plot.ShowLegend(Edge.Right);
        plot.Title("Round-trip latency by percentile (every message timed)");
        plot.XLabel("percentile (log of the nines)");
        plot.YLabel("round trip (log scale)");
        return plot;
    }

    /// <summary>One labelled dot per transport: what it costs in CPU against what it answers in.</summary>
    private static Plot LatencyAgainstCpu(IReadOnlyList<LatencyResult> results)
    {
        var plot = new Plot();
        foreach (LatencyResult r in results.Where(r => r.PeerCpuNsPerRoundTrip is not null))
        {
            double x = Math.Log10(Math.Max(1, r.ClientCpuNsPerRoundTrip + r.PeerCpuNsPerRoundTrip!.Value));
            double y = Math.Log10(Math.Max(1, r.Histogram.GetValueAtPercentile(50)));
            var point = plot.Add.Scatter(new[] { x }, new[] { y });
            point.LegendText = r.Label;
            point.Color = TransportPalette.ColorOf(r.Label);
            point.MarkerSize = 12;
            point.LineWidth = 0;
            var label = plot.Add.Text("  " + r.Label, x, y);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        ReportCharts.LogAxis(plot.Axes.Bottom, v => Units.Time(v));
        ReportCharts.LogAxis(plot.Axes.Left, v => Units.Time(v));
        plot.Axes.Margins(0.1, 0.1);
        plot.ShowLegend(Edge.Right);
        plot.Title("Median round trip against CPU time per round trip (client + peer)");
        plot.XLabel("CPU time per round trip, both processes (log scale)");
        plot.YLabel("median round trip (log scale)");
        return plot;
    }
}

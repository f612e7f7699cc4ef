using CsvHelper;
using HdrHistogram;
using IpcBench.Bench.Reporting;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using ScottPlot.TickGenerators;
using ScottPlot;

namespace IpcBench.Bench.Latency;

/// <summary>latency.csv (one row per transport), the percentile curves and the latency-against-CPU chart.</summary>
public static class LatencyReport
{
    /// <summary>The newest latency run, under the reports root; the benchmark report embeds it.</summary>
    public const string LatestFolder = "latest-latency";

    private static readonly IPalette Palette = new ScottPlot.Palettes.Category20();

    /// <summary>The rows of a latency.csv, or none when the folder has no latency run.</summary>
    public static IReadOnlyList<LatencyRow> Read(string folder)
    {
        string path = Path.Combine(folder, "latency.csv");
        if (!File.Exists(path))
        {
            return [];
        }

        using CsvReader csv = CsvReader.FromFile(path, null, FileOptions.None);
        return [.. csv.GetRecords<LatencyRow>()];
    }

    public static void Write(string folder, IReadOnlyList<LatencyResult> results)
    {
        using (CsvWriter csv = CsvWriter.ToFile(Path.Combine(folder, "latency.csv"), null, FileOptions.None))
        {
            csv.WriteRecords(results.Select(LatencyRow.From));
        }

        foreach (LatencyResult r in results)
        {
            // The full distribution in HdrHistogram's own .hgrm text, for its plotting tools.
            using var writer = new StreamWriter(Path.Combine(folder, $"{r.Variant.Replace(' ', '-').Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)}.hgrm"));
            r.Histogram.OutputPercentileDistribution(writer, percentileTicksPerHalfDistance: 5, outputValueUnitScalingRatio: 1000.0, useCsvFormat: false);
        }

        Fonts.Default = "DejaVu Sans";
        Save(PercentileCurves(results), folder, "latency-percentiles");
        Save(LatencyAgainstCpu(results), folder, "latency-cpu");
    }

    /// <summary>Latency against percentile, the HdrHistogram way: the x axis counts nines (90%, 99%, 99.9%...).</summary>
    private static Plot PercentileCurves(IReadOnlyList<LatencyResult> results)
    {
        var plot = new Plot();
        int index = 0;
        foreach (LatencyResult r in results)
        {
            // Copied as they come: the enumerator reuses one value object. Up to 99.9999%: the last
            // points approach 100% and would stretch the axis without end.
            List<(double Percentile, long Ns)> points = [.. r.Histogram.Percentiles(5)
                .Where(p => p.Percentile <= 99.9999)
                .Select(p => (p.Percentile, p.ValueIteratedTo))];
            double[] xs = [.. points.Select(p => Math.Log10(100 / (100 - p.Percentile)))];
            double[] ys = [.. points.Select(p => Math.Log10(Math.Max(1, p.Ns)))];
            var line = plot.Add.ScatterLine(xs, ys);
            line.LegendText = r.Variant;
            line.Color = Palette.GetColor(index++);
            line.LineWidth = 2;
        }

        plot.Axes.Bottom.SetTicks([0, 1, 2, 3, 4, 5, 6], ["0%", "90%", "99%", "99.9%", "99.99%", "99.999%", "99.9999%"]);
        plot.Axes.SetLimitsX(0, 6);
        LogLeftAxis(plot);
        plot.ShowLegend(Edge.Right);
        plot.Title("Round-trip latency by percentile (every message timed; log scales)");
        plot.XLabel("percentile");
        plot.YLabel("round trip");
        return plot;
    }

    private static Plot LatencyAgainstCpu(IReadOnlyList<LatencyResult> results)
    {
        var plot = new Plot();
        int index = 0;
        foreach (LatencyResult r in results)
        {
            double cpu = Math.Max(1, r.ClientCpuNsPerRoundTrip + r.PeerCpuNsPerRoundTrip);
            var point = plot.Add.Scatter(new[] { Math.Log10(cpu) }, new[] { Math.Log10(Math.Max(1, r.Histogram.GetValueAtPercentile(50))) });
            point.LegendText = r.Variant;
            point.Color = Palette.GetColor(index++);
            point.MarkerSize = 12;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks();
        LogLeftAxis(plot);
        plot.ShowLegend(Edge.Right);
        plot.Title("Median round trip against CPU time per round trip (client + peer, log scales)");
        plot.XLabel("CPU time per round trip");
        plot.YLabel("median round trip");
        return plot;
    }

    private static void LogLeftAxis(Plot plot) => plot.Axes.Left.TickGenerator = LogTicks();

    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => HtmlReport.FormatNs(Math.Pow(10, v)),
    };

    private static void Save(Plot plot, string folder, string name)
    {
        plot.SavePng(Path.Combine(folder, name + ".png"), 1200, 600);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), 1200, 600);
    }
}

/// <summary>One row of latency.csv: times in nanoseconds.</summary>
[CsvRecord]
public sealed partial record LatencyRow(
    string Transport, string? Wait, int SizeBytes, long RoundTrips, double? RequestedRatePerSecond, double AchievedRatePerSecond, string Placement,
    long MinNs, long P50Ns, long P90Ns, long P99Ns, long P999Ns, long P9999Ns, long MaxNs,
    double ClientUserCpuNsPerRoundTrip, double ClientSystemCpuNsPerRoundTrip, double PeerUserCpuNsPerRoundTrip, double PeerSystemCpuNsPerRoundTrip)
{
    public static LatencyRow From(LatencyResult r)
    {
        long[] p = [.. r.Percentiles.Select(x => x.Ns)];
        return new(r.Transport, r.Wait, r.SizeBytes, r.RoundTrips, r.RequestedRate, r.AchievedRate, r.Placement,
            p[0], p[1], p[2], p[3], p[4], p[5], p[6],
            r.Client.User.TotalNanoseconds / r.RoundTrips, r.Client.System.TotalNanoseconds / r.RoundTrips,
            r.Peer.User.TotalNanoseconds / r.RoundTrips, r.Peer.System.TotalNanoseconds / r.RoundTrips);
    }
}

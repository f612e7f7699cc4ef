using IpcBench.Bench.Claims;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IpcBench.Bench.Reporting;

/// <summary>A chart written to the report folder.</summary>
public sealed record ReportChart(string Title, string PngPath);

/// <summary>
/// The report's charts, as PNG (embedded in index.html) and SVG. Every transport keeps its
/// <see cref="TransportPalette"/> colour; values that span decades are dots on a log axis (no
/// bars, whose length would depend on an arbitrary origin); the Floor is a near-black reference line;
/// figures against size come as one small chart per family rather than one crowded chart.
/// ScottPlot 5.1 has no log axis: log10 of the data is plotted with labels showing real values.
/// </summary>
public static class ReportCharts
{
    private const int Width = 1200;
    private const int Height = 640;

    private static readonly Color ReferenceColor = Color.FromHex(TransportPalette.HexOf(TransportCatalog.All.Single(t => t.IsReference).Label));

    public static IReadOnlyList<ReportChart> Render(ReportModel model, string folder)
    {
        // Deterministic text: without a known font ScottPlot silently draws no text at all.
        Fonts.Default = "DejaVu Sans";
        var charts = new List<ReportChart>();
        List<BenchmarkResult> pingPong = [.. model.Measured.Where(r => r.Scenario == Scenario.PingPong)];
        List<BenchmarkResult> throughput = [.. model.Measured.Where(r => r.Scenario == Scenario.Throughput)];

        foreach (int size in pingPong.Select(r => r.Bytes).Distinct().Order())
        {
            string title = $"Round trip by transport, {Units.Bytes(size)} messages (median)";
            charts.Add(Save(Dots(title, pingPong.Where(r => r.Bytes == size), r => r.MedianNs!.Value, v => Units.Time(v), "median round trip (log scale)"), folder, $"latency-{size}", title));
        }

        foreach (int chunk in throughput.Select(r => r.Bytes).Distinct().Order())
        {
            string title = $"Throughput by transport, {Units.Bytes(chunk)} chunks (median of 16 MiB streams)";
            charts.Add(Save(Dots(title, throughput.Where(r => r.Bytes == chunk), r => r.MiBPerSecond!.Value, v => Units.Number(v), "MiB/s (log scale)", fastestFirst: true), folder, $"throughput-{chunk}", title));
        }

        foreach (IGrouping<TransportFamily, BenchmarkResult> family in pingPong.Where(r => !IsReference(r)).GroupBy(r => Family(r)).OrderBy(g => g.Key))
        {
            string title = $"Round trip against message size: {TransportPalette.FamilyTitle(family.Key)} (median)";
            List<BenchmarkResult> floor = [.. pingPong.Where(IsReference)];
            charts.Add(Save(BySize(title, [.. family], floor), folder, $"latency-by-size-{family.Key.ToString().ToLowerInvariant()}", title));
        }

        if (model.Check is not null)
        {
            charts.Add(Claims(model.Check, folder));
        }

        return charts;
    }

    /// <summary>
    /// One dot per transport variant in its own colour, on a log axis, best at the top; the
    /// reference (the Floor) as a near-black vertical line rather than a contender.
    /// </summary>
    private static Plot Dots(string title, IEnumerable<BenchmarkResult> cases, Func<BenchmarkResult, double> value, Func<double, string> format, string axisLabel, bool fastestFirst = false)
    {
        List<BenchmarkResult> all = [.. cases];
        List<BenchmarkResult> contenders = [.. all.Where(r => !IsReference(r)).OrderBy(r => fastestFirst ? -value(r) : value(r))];
        var plot = new Plot();
        for (int i = 0; i < contenders.Count; i++)
        {
            BenchmarkResult r = contenders[i];
            double y = contenders.Count - 1 - i;
            var dot = plot.Add.Scatter(new[] { Math.Log10(value(r)) }, new[] { y });
            dot.Color = TransportPalette.ColorOf(r.Label);
            dot.MarkerSize = 12;
            dot.LineWidth = 0;
            var label = plot.Add.Text("  " + format(value(r)), Math.Log10(value(r)), y);
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        foreach (BenchmarkResult reference in all.Where(IsReference))
        {
            var line = plot.Add.VerticalLine(Math.Log10(value(reference)), 2, ReferenceColor, LinePattern.Solid);
            line.Text = $"{reference.Label} {format(value(reference))}";
            line.LabelOppositeAxis = true;
        }

        plot.Axes.Left.SetTicks([.. contenders.Select((_, i) => (double)(contenders.Count - 1 - i))], [.. contenders.Select(r => r.Label)]);
        LogAxis(plot.Axes.Bottom, format);
        plot.Axes.Margins(left: 0.05, right: 0.2);
        plot.Title(title);
        plot.XLabel(axisLabel);
        return plot;
    }

    /// <summary>Round trip against size for one family, one line per variant, the Floor in near-black.</summary>
    private static Plot BySize(string title, List<BenchmarkResult> family, List<BenchmarkResult> floor)
    {
        int[] sizes = [.. family.Concat(floor).Select(r => r.Bytes).Distinct().Order()];
        var plot = new Plot();
        foreach (IGrouping<string, BenchmarkResult> variant in family.Concat(floor).GroupBy(r => r.Label))
        {
            List<BenchmarkResult> points = [.. variant.OrderBy(r => r.Bytes)];
            var line = plot.Add.Scatter(
                points.Select(r => (double)Array.IndexOf(sizes, r.Bytes)).ToArray(),
                points.Select(r => Math.Log10(r.MedianNs!.Value)).ToArray());
            line.LegendText = variant.Key;
            line.Color = TransportPalette.ColorOf(variant.Key);
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        plot.Axes.Bottom.SetTicks([.. sizes.Select((_, i) => (double)i)], [.. sizes.Select(s => Units.Bytes(s))]);
        LogAxis(plot.Axes.Left, v => Units.Time(v));
        plot.ShowLegend(Edge.Right);
        plot.Title(title);
        plot.XLabel("message size");
        plot.YLabel("median round trip (log scale)");
        return plot;
    }

    /// <summary>The claims chart of an interleaved check: each claim and dimension as its median ratio with its 95% interval.</summary>
    public static ReportChart Claims(ClaimsCheck check, string folder)
    {
        const string title = "The seed's claims: how far behind the best each mechanism is, median of per-round ratios with its 95% interval";
        Fonts.Default = "DejaVu Sans";
        List<(string Label, DimensionVerdict Verdict)> rows = [.. check.Verdicts.SelectMany(v => v.Dimensions.Select(d =>
            ($"{v.Claim.Mechanism}: {Shorten(v.Claim.Claimed)} — {d.Dimension.ToString().ToLowerInvariant()}", d)))];
        var plot = new Plot();
        for (int i = 0; i < rows.Count; i++)
        {
            DimensionVerdict d = rows[i].Verdict;
            double y = rows.Count - 1 - i;
            Color colour = VerdictColour(d.Verdict);
            var whisker = plot.Add.Line(Math.Log10(d.Ratio.Low), y, Math.Log10(d.Ratio.High), y);
            whisker.Color = colour;
            whisker.LineWidth = 3;
            var dot = plot.Add.Scatter(new[] { Math.Log10(d.Ratio.Median) }, new[] { y });
            dot.Color = colour;
            dot.MarkerSize = 11;
            dot.LineWidth = 0;
        }

        foreach ((double boundary, string name) in new[] { (1.0, "the best"), (TieringRule.HighWithin, "high | medium"), (TieringRule.MediumWithin, "medium | low") })
        {
            var line = plot.Add.VerticalLine(Math.Log10(boundary), 1, Colors.Black, LinePattern.Solid);
            line.Text = name;
            line.LabelOppositeAxis = true;
        }

        plot.Axes.Left.SetTicks([.. rows.Select((_, i) => (double)(rows.Count - 1 - i))], [.. rows.Select(r => r.Label)]);
        LogAxis(plot.Axes.Bottom, v => Units.Factor(v));
        plot.Axes.Margins(left: 0.1, right: 0.1);
        plot.Title("The seed's claims, measured side by side");
        plot.XLabel("× behind the best (log scale); green: holds, red: does not, amber: inconclusive");
        return Save(plot, folder, "claims", title);
    }

    private static Color VerdictColour(string verdict) => verdict switch
    {
        Verdicts.Holds => Colors.ForestGreen,
        Verdicts.DoesNotHold => Color.FromHex("#B22222"),
        _ => Color.FromHex("#D98E04"),
    };

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..22] + "…";

    private static bool IsReference(BenchmarkResult r) => r.Key.Resolve().IsReference;

    private static TransportFamily Family(BenchmarkResult r) => r.Key.Resolve().Family;

    /// <summary>An axis over log10 values: decade ticks labelled with the real value, log-spaced minor ticks.</summary>
    public static void LogAxis(IAxis axis, Func<double, string> format) =>
        axis.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = v => format(Math.Pow(10, v)),
        };

    public static ReportChart Save(Plot plot, string folder, string name, string title)
    {
        string png = Path.Combine(folder, name + ".png");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
        return new ReportChart(title, png);
    }
}

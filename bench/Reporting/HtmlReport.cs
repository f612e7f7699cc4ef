using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// index.html: one self-contained file (charts embedded as data URIs) that opens with a summary
/// — the fastest transport per scenario, the claims' verdicts, the machine — then the tables
/// and charts. Laid out for a 1280-pixel-wide browser window.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(
        IReadOnlyList<BenchmarkResult> results,
        IReadOnlyList<ClaimVerdict> verdicts,
        IReadOnlyList<ResultRow> rows,
        IReadOnlyList<(string Title, string PngPath)> charts,
        IReadOnlyList<Latency.LatencyRow> latency,
        JsonElement? host,
        string runId)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>IpcBench report</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1240px; margin: 0 auto; padding: 16px; color: #222; }
            h1 { margin-bottom: 4px; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 4px; margin-top: 32px; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
            th, td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .holds { color: #176117; font-weight: bold; } .fails { color: #a31515; font-weight: bold; } .none { color: #777; font-style: italic; }
            .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
            .card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; background: #fafafa; }
            img { max-width: 100%; border: 1px solid #eee; margin: 8px 0; }
            .note { color: #555; font-size: 13px; }
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<h1>IpcBench report</h1><p class=\"note\">Run {Encode(runId)} · {results.Count} benchmark cases · {results.Count(r => !r.IsMeasured)} not measured</p>");

        AppendSummary(html, results, verdicts, host);
        AppendClaims(html, verdicts);
        html.Append("<h2>Charts</h2>");
        foreach ((string title, string png) in charts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption><b>{Encode(title)}</b></figcaption><img alt=\"{Encode(title)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(png))}\"></figure>");
        }

        AppendTailLatency(html, latency);
        AppendResults(html, rows);
        AppendTransportNotes(html);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<BenchmarkResult> results, IReadOnlyList<ClaimVerdict> verdicts, JsonElement? host)
    {
        html.Append("<h2>Summary</h2><div class=\"summary\"><div class=\"card\"><h3>Fastest per scenario</h3><ul>");
        foreach (var group in results.Where(r => r.IsMeasured && r.Transport != "Floor").GroupBy(r => (r.Scenario, r.Bytes)).OrderBy(g => g.Key.Scenario).ThenBy(g => g.Key.Bytes))
        {
            BenchmarkResult best = group.MinBy(r => r.MedianNs)!;
            string figure = best.MiBPerSecond is double mibs ? $"{mibs:N0} MiB/s" : FormatNs(best.MedianNs);
            html.Append(Invariant, $"<li>{group.Key.Scenario} {FormatBytes(group.Key.Bytes)}: <b>{Encode(best.Variant)}</b>, {figure}</li>");
        }

        html.Append("</ul></div><div class=\"card\"><h3>The seed's claims</h3><ul>");
        foreach (var verdict in verdicts.GroupBy(v => v.Verdict))
        {
            html.Append(Invariant, $"<li>{verdict.Count()} {Encode(verdict.Key)}</li>");
        }

        html.Append("</ul></div><div class=\"card\"><h3>Machine</h3><ul>");
        if (host is JsonElement info)
        {
            html.Append(Invariant, $"<li>CPU: {Encode(Text(info, "ProcessorName"))}, {Text(info, "PhysicalCoreCount")} cores, {Text(info, "LogicalCoreCount")} logical</li>");
            html.Append(Invariant, $"<li>OS: {Encode(Text(info, "OsVersion"))}</li>");
            html.Append(Invariant, $"<li>.NET: {Encode(Text(info, "RuntimeVersion"))}</li>");
            html.Append(Invariant, $"<li>BenchmarkDotNet {Encode(Text(info, "BenchmarkDotNetVersion"))}</li>");
        }

        html.Append(Invariant, $"<li>Kernel (of the machine that wrote this report): {Encode(KernelRelease())}</li>");
        string placements = string.Join(", ", results.Select(r => r.Placement).Distinct());
        html.Append(Invariant, $"<li>Placement: {Encode(placements)}. With split placement the client runs on CPU 0 and the peer on CPU 1; a spinning client and a spinning peer each own one core.</li>");
        html.Append("</ul></div><div class=\"card\"><h3>How to read this</h3><p class=\"note\">Times are BenchmarkDotNet medians over iterations, per operation: a round trip for PingPong, 16 MiB streamed and acknowledged for Throughput. Compare ratios measured side by side in one run, not absolute times across runs: on a small VM medians move 10–25% between runs, more for throughput.</p></div></div>");
    }

    private static void AppendClaims(StringBuilder html, IReadOnlyList<ClaimVerdict> verdicts)
    {
        html.Append(Invariant, $"<h2>Claims</h2><p class=\"note\">{Encode(TieringRule.Statement)}</p>");
        html.Append("<table><tr><th>Source</th><th>Mechanism</th><th>Claimed</th><th>64 B round trip (best variant)</th><th>× best</th><th>MiB/s, 64 KiB chunks (best variant)</th><th>÷ best</th><th>Measured tier</th><th>Verdict</th><th>Reason</th></tr>");
        foreach (ClaimVerdict v in verdicts)
        {
            string css = v.Verdict == Claims.Holds ? "holds" : v.Verdict == Claims.DoesNotHold ? "fails" : "none";
            string reason = v.Claim.Caveat is null ? v.Reason : $"{v.Reason}. Note: {v.Claim.Caveat}";
            html.Append(Invariant, $"<tr><td>{Encode(v.Claim.Source)}</td><td>{Encode(v.Claim.Mechanism)}</td><td>{Encode(v.Claim.Claimed)}</td>");
            html.Append(Invariant, $"<td class=\"num\">{FormatNs(v.LatencyNs)} {Variant(v.LatencyVariant)}</td><td class=\"num\">{Ratio(v.LatencyRatio)}</td>");
            html.Append(Invariant, $"<td class=\"num\">{(v.MiBPerSecond is double m ? m.ToString("N0", Invariant) : "—")} {Variant(v.ThroughputVariant)}</td><td class=\"num\">{Ratio(v.ThroughputRatio)}</td>");
            html.Append(Invariant, $"<td>{v.MeasuredTier?.ToString().ToLowerInvariant() ?? "—"}</td><td class=\"{css}\">{Encode(v.Verdict)}</td><td>{Encode(reason)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendResults(StringBuilder html, IReadOnlyList<ResultRow> rows)
    {
        foreach (var scenario in rows.GroupBy(r => r.Scenario))
        {
            html.Append(Invariant, $"<h2>{Encode(scenario.Key)} results</h2><table><tr><th>Transport</th><th>Wait</th><th>Bytes</th><th>Median</th><th>Mean</th><th>P95</th><th>Std. error</th><th>MiB/s</th><th>× Floor</th><th>Alloc B/op</th><th>Iterations</th></tr>");
            foreach (ResultRow r in scenario)
            {
                if (r.MedianNs is null)
                {
                    html.Append(Invariant, $"<tr><td>{Encode(r.Transport)}</td><td>{Encode(r.Wait ?? "")}</td><td class=\"num\">{r.SizeBytes ?? r.ChunkBytes}</td><td colspan=\"8\" class=\"none\">not measured: {Encode(r.NotMeasuredReason ?? "")}</td></tr>");
                    continue;
                }

                html.Append(Invariant, $"<tr><td>{Encode(r.Transport)}</td><td>{Encode(r.Wait ?? "")}</td><td class=\"num\">{r.SizeBytes ?? r.ChunkBytes}</td>");
                html.Append(Invariant, $"<td class=\"num\">{FormatNs(r.MedianNs)}</td><td class=\"num\">{FormatNs(r.MeanNs)}</td><td class=\"num\">{FormatNs(r.P95Ns)}</td><td class=\"num\">{FormatNs(r.StandardErrorNs)}</td>");
                html.Append(Invariant, $"<td class=\"num\">{(r.MiBPerSecond is double m ? m.ToString("N0", Invariant) : "")}</td><td class=\"num\">{Ratio(r.RatioToFloor)}</td><td class=\"num\">{r.AllocatedBytesPerOperation}</td><td class=\"num\">{r.Iterations}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendTailLatency(StringBuilder html, IReadOnlyList<Latency.LatencyRow> latency)
    {
        if (latency.Count == 0)
        {
            html.Append("<h2>Tail latency</h2><p class=\"note\">No latency run yet: <code>dotnet run -c Release -- latency</code> times every round trip and adds this section.</p>");
            return;
        }

        html.Append("<h2>Tail latency</h2><p class=\"note\">From the newest <code>latency</code> run: every round trip timed on its own (HdrHistogram), CPU time of both processes per round trip from /proc.</p>");
        html.Append("<table><tr><th>Transport</th><th>Bytes</th><th>Rate</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>p99.99</th><th>max</th><th>client CPU/rt</th><th>peer CPU/rt</th><th>Placement</th></tr>");
        foreach (Latency.LatencyRow r in latency)
        {
            string rate = r.RequestedRatePerSecond is double requested ? $"{requested:N0}/s paced" : $"{r.AchievedRatePerSecond:N0}/s";
            html.Append(Invariant, $"<tr><td>{Encode(r.Wait is null ? r.Transport : $"{r.Transport} ({r.Wait})")}</td><td class=\"num\">{r.SizeBytes}</td><td class=\"num\">{rate}</td>");
            html.Append(Invariant, $"<td class=\"num\">{FormatNs(r.P50Ns)}</td><td class=\"num\">{FormatNs(r.P90Ns)}</td><td class=\"num\">{FormatNs(r.P99Ns)}</td><td class=\"num\">{FormatNs(r.P999Ns)}</td><td class=\"num\">{FormatNs(r.P9999Ns)}</td><td class=\"num\">{FormatNs(r.MaxNs)}</td>");
            html.Append(Invariant, $"<td class=\"num\">{FormatNs(r.ClientUserCpuNsPerRoundTrip + r.ClientSystemCpuNsPerRoundTrip)}</td><td class=\"num\">{FormatNs(r.PeerUserCpuNsPerRoundTrip + r.PeerSystemCpuNsPerRoundTrip)}</td><td>{Encode(r.Placement)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendTransportNotes(StringBuilder html)
    {
        html.Append("<h2>What each transport is</h2><ul class=\"note\">");
        foreach (Transport t in TransportCatalog.All.Where(t => t.Note is not null))
        {
            html.Append(Invariant, $"<li><b>{Encode(t.Name)}</b>: {Encode(t.Note!)}</li>");
        }

        html.Append("<li>Signal, Semaphore, EventFd and Futex carry no data: they have a 0-byte ping-pong and no throughput benchmark.</li></ul>");
    }

    private static string KernelRelease() =>
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.ToString() : "?";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Variant(string? variant) => variant is null ? "" : $"({Encode(variant)})";

    private static string Ratio(double? ratio) => ratio is double r ? r.ToString("0.00", Invariant) : "—";

    public static string FormatNs(double? ns) => ns switch
    {
        null => "—",
        >= 1_000_000 => (ns.Value / 1_000_000).ToString("0.00", Invariant) + " ms",
        >= 1_000 => (ns.Value / 1_000).ToString("0.00", Invariant) + " µs",
        _ => ns.Value.ToString("0.0", Invariant) + " ns",
    };

    public static string FormatBytes(int? bytes) => bytes switch
    {
        null => "",
        >= 1024 => $"{bytes / 1024} KiB",
        _ => $"{bytes} B",
    };
}

using System.Globalization;
using System.Net;
using System.Text;
using IpcBench.Bench.Boundary;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Runtimes;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// index.html: one self-contained file (charts embedded as data URIs) that opens with a summary
/// — the fastest transport per scenario, the claims' verdicts, the machine — then the tables
/// and charts. Every transport name carries its palette colour, as in the charts.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ReportModel model, IReadOnlyList<ReportChart> charts)
    {
        var html = new StringBuilder();
        html.Append(Invariant, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>IpcBench report</title>
            <style>{HtmlStyle.Css}</style></head><body>
            """);
        html.Append(Invariant, $"<h1>IpcBench report</h1><p class=\"note\">Run {Encode(model.RunId)} · {model.Results.Count} benchmark cases · {model.Results.Count(r => !r.IsMeasured)} not measured</p>");

        AppendSummary(html, model);
        AppendClaims(html, model.Check);
        UseCasesSection.Append(html, model.UseCases, model.JsonRpc);
        html.Append("<h2>Charts</h2>");
        foreach (ReportChart chart in charts)
        {
            html.Append(Invariant, $"<figure><figcaption><b>{Encode(chart.Title)}</b></figcaption><img alt=\"{Encode(chart.Title)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(chart.PngPath))}\"></figure>");
        }

        AppendTailLatency(html, model.Latency, model.LatencyStamp);
        if (model.Results.Count > 0)
        {
            AppendResults(html, model.Rows, model.Memcpy);
            AppendSocketPaths(html, model.Rows);
        }

        AppendBoundary(html, model.Boundary);
        AppendRuntimes(html, model.Runtimes);

        AppendTransportNotes(html);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ReportModel model)
    {
        html.Append("<h2>Summary</h2><div class=\"summary\"><div class=\"card\"><h3>Fastest per scenario</h3><ul>");
        foreach (var group in model.Measured.Where(r => !r.Key.Resolve().IsReference).GroupBy(r => (r.Scenario, r.Bytes)).OrderBy(g => g.Key.Scenario).ThenBy(g => g.Key.Bytes))
        {
            BenchmarkResult best = group.MinBy(r => r.MedianNs)!;
            string figure = best.MiBPerSecond is double mibs ? Units.MiBPerSecond(mibs) : Units.Time(best.MedianNs);
            html.Append(Invariant, $"<li>{group.Key.Scenario} {Units.Bytes(group.Key.Bytes)}: <b>{Named(best.Label)}</b>, {figure}</li>");
        }

        html.Append("</ul></div><div class=\"card\"><h3>The seed's claims</h3><ul>");
        html.Append(Invariant, $"<li>{Encode(model.Check?.Findings ?? "Not judged: no interleaved claims check of this build (see Claims).")}</li>");

        MachineInfo machine = model.Machine;
        html.Append("</ul></div><div class=\"card\"><h3>Machine</h3><ul>");
        html.Append(Invariant, $"<li>CPU: {Encode(machine.Processor ?? "?")}, {Encode(machine.PhysicalCores ?? "?")} cores, {Encode(machine.LogicalCores ?? "?")} logical</li>");
        html.Append(Invariant, $"<li>OS: {Encode(machine.OperatingSystem ?? "?")}</li><li>.NET: {Encode(machine.Runtime ?? "?")}</li><li>BenchmarkDotNet {Encode(machine.BenchmarkDotNet ?? "?")}</li>");
        html.Append(Invariant, $"<li>Kernel (of the machine that wrote this report): {Encode(machine.Kernel)}</li>");
        html.Append(Invariant, $"<li>Placement: {Encode(string.Join(", ", model.Placements))}. With split placement the client runs on CPU 0 and the peer on CPU 1; a spinning client and a spinning peer each own one core.</li>");
        html.Append("</ul></div><div class=\"card\"><h3>How to read this</h3><p class=\"note\">Verdicts on the seed's claims come only from the interleaved claims check: it measures every compared case in short slices, in random order, round after round, so that the machine's changes of speed fall on all cases alike and each ratio is taken within a round. The tables and charts below are BenchmarkDotNet's: absolute figures, each case measured minutes away from the next, so dividing one by another also measures the machine. Times are medians over iterations, per operation: a round trip for PingPong, 16 MiB streamed and acknowledged for Throughput. Compare ratios measured side by side in one run, not absolute times across runs: on a small VM medians move 10–25% between runs, more for throughput. Each transport has one colour in every chart and table: blues spin on shared memory, warm colours sleep in the kernel, greens are sockets; the near-black line is the Floor.</p></div></div>");
    }

    private static void AppendClaims(StringBuilder html, ClaimsCheck? check)
    {
        html.Append("<h2>Claims</h2>");
        if (check is null)
        {
            html.Append("<p class=\"note\">Not judged. Verdicts come only from the interleaved claims check (<code>dotnet run -c Release -- claims</code>, about 3 minutes), " +
                "which measures the compared cases side by side; the newest check under reports/latest-claims is missing or was measured by another build.</p>");
            return;
        }

        CheckRun run = check.Run;
        html.Append(Invariant, $"<p><b>{Encode(check.Findings)}</b></p>");
        html.Append(Invariant, $"<p class=\"note\">Interleaved check of this build, {run.StartedUtc:yyyy-MM-dd HH:mm}–{run.FinishedUtc:HH:mm} UTC: {run.Rounds} rounds of {run.Cases.Count} cases, {run.Slice.TotalMilliseconds:0} ms slices, each slice with a fresh peer process; placement {Encode(run.Placement)}. ");
        html.Append(Invariant, $"{Encode(TieringRule.Statement)} {Encode(CheckJudge.CombinationRule)} Intervals: the order statistics around the median of per-round ratios (distribution-free, 95%), widened by each claim's run-to-run spread where the repository keeps one.</p>");
        html.Append("<table><tr><th>Mechanism</th><th>Claimed</th><th>Sources</th><th>Latency: ratio (95% interval)</th><th>verdict</th><th>Throughput: ratio (95% interval)</th><th>verdict</th><th>Combined</th><th>Reason</th></tr>");
        foreach (ClaimVerdict v in check.Verdicts)
        {
            string reason = v.Claim.Caveat is null ? v.Reason : $"{v.Reason}. Note: {v.Claim.Caveat}";
            html.Append(Invariant, $"<tr><td>{Encode(v.Claim.Mechanism)}</td><td>{Encode(v.Claim.Claimed)}</td><td>{Encode(string.Join("; ", v.Claim.Sources))}</td>");
            foreach (DimensionVerdict? d in new[] { v.Latency, v.Throughput })
            {
                html.Append(d is null
                    ? "<td class=\"none\">—</td><td class=\"none\">not measured</td>"
                    : $"<td class=\"num\">{Units.Factor(d.Ratio.Median)} ({Units.Factor(d.Ratio.Low)}–{Units.Factor(d.Ratio.High)}) {Named(d.Variant)}</td><td class=\"{Css(d.Verdict)}\">{Encode(d.Verdict)}</td>");
            }

            html.Append(Invariant, $"<td class=\"{Css(v.Verdict)}\">{Encode(v.Verdict)}</td><td>{Encode(reason)}</td></tr>");
        }

        html.Append("</table>");
        AppendFloor(html, check.Floor, check.SpinAgainstHybrid);
    }

    private static void AppendFloor(StringBuilder html, IReadOnlyList<FloorCheck.Row> floor, IReadOnlyList<FloorCheck.Row> spinAgainstHybrid)
    {
        if (floor.Count == 0)
        {
            return;
        }

        html.Append("<h3>Against the Floor</h3>");
        FloorCheck.Row[] beaten = [.. floor.Where(r => r.BeatsTheFloor)];
        if (beaten.Length > 0)
        {
            html.Append(Invariant, $"<p class=\"fails\">The Floor is wrong in this check: {Encode(string.Join(", ", beaten.Select(r => $"{r.Variant} {r.Scenario} at {Units.Bytes(r.Bytes)}")))} beat it beyond the interval, so it is no floor; its ratios are not shown.</p>");
            return;
        }

        html.Append("<p class=\"note\">Each round trip's time over the Floor's of the same size in the same round, and each stream's time over the Floor stream's (the Floor's MiB/s over the transport's), median and 95% interval: nothing beats the Floor beyond its interval. Last rows: Shm's Spin wait over its Hybrid wait.</p><table><tr><th>Transport</th><th>Scenario</th><th>Bytes</th><th>time ratio (95% interval)</th></tr>");
        foreach (FloorCheck.Row r in floor.Concat(spinAgainstHybrid))
        {
            html.Append(Invariant, $"<tr><td>{Named(r.Variant)}</td><td>{r.Scenario}</td><td class=\"num\">{r.Bytes}</td><td class=\"num\">{Units.Factor(r.Ratio.Median)} ({Units.Factor(r.Ratio.Low)}–{Units.Factor(r.Ratio.High)})</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>The style of a verdict, claims and use cases alike.</summary>
    internal static string Css(string verdict) => verdict switch
    {
        Verdicts.Holds => "holds",
        Verdicts.DoesNotHold => "fails",
        _ => "none",
    };

    private static void AppendResults(StringBuilder html, IReadOnlyList<ResultRow> rows, IReadOnlyList<MemcpyLine> memcpy)
    {
        foreach (var scenario in rows.GroupBy(r => r.Scenario))
        {
            html.Append(Invariant, $"<h2>{Encode(scenario.Key)} results</h2>");
            if (scenario.Key == nameof(Scenario.Throughput))
            {
                html.Append("<p class=\"note\">× Floor: the Floor's MiB/s over the case's, the Floor being the fastest stream between the two CPUs (a bare byte ring, each byte copied in once and hashed in place once on the other core).");
                if (memcpy.Count > 0)
                {
                    html.Append(Invariant, $" Reference line, no process boundary: one thread's memcpy of the same chunks on one core, {string.Join(", ", memcpy.OrderBy(m => m.Chunk).Select(m => $"{Units.Number(m.MiBPerSecond)} MiB/s at {Units.Bytes(m.Chunk)}"))}.");
                }

                html.Append("</p>");
            }

            html.Append(Invariant, $"<table><tr><th>Transport</th><th>Bytes</th><th>Median</th><th>Mean</th><th>P95</th><th>Std. error</th><th>MiB/s</th><th>× Floor</th><th>Alloc B/op</th><th>Iterations</th></tr>");
            foreach (ResultRow r in scenario)
            {
                string name = $"<td>{Named(Transport.LabelOf(r.Transport, r.Wait))}</td><td class=\"num\">{r.SizeBytes ?? r.ChunkBytes}</td>";
                if (r.MedianNs is null)
                {
                    html.Append(Invariant, $"<tr>{name}<td colspan=\"8\" class=\"none\">not measured: {Encode(r.NotMeasuredReason ?? "")}</td></tr>");
                    continue;
                }

                html.Append(Invariant, $"<tr>{name}<td class=\"num\">{Units.Time(r.MedianNs)}</td><td class=\"num\">{Units.Time(r.MeanNs)}</td><td class=\"num\">{Units.Time(r.P95Ns)}</td><td class=\"num\">{Units.Time(r.StandardErrorNs)}</td>");
                html.Append(Invariant, $"<td class=\"num\">{(r.MiBPerSecond is null ? "" : Units.Number(r.MiBPerSecond))}</td><td class=\"num\">{Units.Ratio(r.RatioToFloor)}</td><td class=\"num\">{r.AllocatedBytesPerOperation}</td><td class=\"num\">{r.Iterations}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    /// <summary>Every socket's reference round trip and stream beside the path it took: loopback, a veth pair between namespaces, a remote host.</summary>
    private static void AppendSocketPaths(StringBuilder html, IReadOnlyList<ResultRow> rows)
    {
        List<IGrouping<string, ResultRow>> sockets = [.. rows.Where(r => r.Route is not null).GroupBy(r => r.Transport)];
        if (sockets.Count == 0)
        {
            return;
        }

        html.Append("<h2>Socket paths</h2><p class=\"note\">The same sockets over different paths, from the same run: TCP on loopback, TCP between two network namespaces over a veth pair (the network driver path, no wire), TCP to a listening peer on another host (<code>--remote</code>), and Unix sockets, which never enter the network stack. TcpVeth and UnixNetns need root; TcpRemote needs <code>--remote HOST:PORT</code>.</p>");
        html.Append(Invariant, $"<table><tr><th>Transport</th><th>Path</th><th>{PingPongBenchmark.ReferenceSize} B round trip</th><th>{Units.Bytes(ThroughputBenchmark.ReferenceChunk)} stream</th></tr>");
        foreach (IGrouping<string, ResultRow> socket in sockets)
        {
            ResultRow? pingPong = socket.FirstOrDefault(r => r.Scenario == nameof(Scenario.PingPong) && r.SizeBytes == PingPongBenchmark.ReferenceSize);
            ResultRow? stream = socket.FirstOrDefault(r => r.Scenario == nameof(Scenario.Throughput) && r.ChunkBytes == ThroughputBenchmark.ReferenceChunk);
            html.Append(Invariant, $"<tr><td>{Named(socket.Key)}</td><td>{Encode(socket.First().Route!)}</td><td class=\"num\">{Units.Time(pingPong?.MedianNs)}</td><td class=\"num\">{(stream?.MiBPerSecond is double mibs ? Units.Number(mibs) + " MiB/s" : "—")}</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>The boundary verb's findings: which mechanisms reach a peer in namespaces of its own, as between containers.</summary>
    private static void AppendBoundary(StringBuilder html, IReadOnlyList<BoundaryRow> boundary)
    {
        if (boundary.Count == 0)
        {
            return;
        }

        html.Append(Invariant, $"<h2>Across a container boundary</h2><p class=\"note\">Each mechanism with its peer in network, IPC and mount namespaces of its own (<code>unshare --net --ipc --mount</code>, the file system still shared, as a bind-mounted folder would be): {boundary.Count(b => b.Crosses)} of {boundary.Count} cross. One that does not is a finding, not an error: message queues live in an IPC namespace, loopback TCP in a network namespace.</p>");
        html.Append("<table><tr><th>Transport</th><th>Crosses</th><th>Median round trip</th><th>What happened</th></tr>");
        foreach (BoundaryRow b in boundary.OrderByDescending(b => b.Crosses).ThenBy(b => b.MedianRoundTripNs))
        {
            html.Append(Invariant, $"<tr><td>{Named(b.Transport)}</td><td>{(b.Crosses ? "yes" : "no")}</td><td class=\"num\">{Units.Time(b.MedianRoundTripNs)}</td><td>{Encode(b.Detail)}</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>The runtimes verb's findings: the same echo with peers in .NET, Python and Node.js, and the seed's own example, side by side.</summary>
    private static void AppendRuntimes(StringBuilder html, IReadOnlyList<RuntimesRow> runtimes)
    {
        if (runtimes.Count == 0)
        {
            return;
        }

        RuntimesRow first = runtimes[0];
        html.Append(Invariant, $"<h2>Peers in other runtimes</h2><p class=\"note\">The same verified {first.SizeBytes}-byte echo with the peer in .NET, Python 3 (standard library) and Node.js (no packages), and the seed's own example — a Node.js parent writing lines to a Python child and reading each reply — in {first.Rounds} interleaved rounds of {first.RoundTripsPerRound:N0} round trips each (runtimes verb). The ratio is the median over rounds against the .NET stdio peer of the same round.</p>");
        html.Append("<table><tr><th>Peer</th><th>Median round trip</th><th>Lowest–highest round</th><th>× the .NET peer</th></tr>");
        foreach (RuntimesRow r in runtimes.OrderBy(r => r.MedianNs))
        {
            html.Append(Invariant, $"<tr><td>{Named(r.Peer)}</td><td class=\"num\">{Units.Time(r.MedianNs)}</td><td class=\"num\">{Units.Time(r.LowestNs)}–{Units.Time(r.HighestNs)}</td><td class=\"num\">{Units.Ratio(r.MedianRatioToDotNet)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendTailLatency(StringBuilder html, IReadOnlyList<LatencyRow> latency, RunStamp? stamp)
    {
        if (latency.Count == 0)
        {
            html.Append("<h2>Tail latency</h2><p class=\"note\">No latency run of this build: <code>dotnet run -c Release -- latency</code> times every round trip and adds this section.</p>");
            return;
        }

        html.Append(Invariant, $"<h2>Tail latency</h2><p class=\"note\">From the <code>latency</code> run of this build at {stamp?.StartedUtc:yyyy-MM-dd HH:mm} UTC: every round trip timed on its own (HdrHistogram), CPU time of both processes per round trip from the kernel's per-process CPU clocks (nanoseconds).</p>");
        html.Append("<table><tr><th>Transport</th><th>Bytes</th><th>Rate</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>p99.99</th><th>max</th><th>client CPU/rt</th><th>peer CPU/rt</th><th>Placement</th></tr>");
        foreach (LatencyRow r in latency)
        {
            string rate = r.RequestedRatePerSecond is double requested ? $"{Units.Number(requested)}/s paced" : $"{Units.Number(r.AchievedRatePerSecond)}/s";
            html.Append(Invariant, $"<tr><td>{Named(Transport.LabelOf(r.Transport, r.Wait))}</td><td class=\"num\">{r.SizeBytes}</td><td class=\"num\">{rate}</td>");
            html.Append(Invariant, $"<td class=\"num\">{Units.Time(r.P50Ns)}</td><td class=\"num\">{Units.Time(r.P90Ns)}</td><td class=\"num\">{Units.Time(r.P99Ns)}</td><td class=\"num\">{Units.Time(r.P999Ns)}</td><td class=\"num\">{Units.Time(r.P9999Ns)}</td><td class=\"num\">{Units.Time(r.MaxNs)}</td>");
            html.Append(Invariant, $"<td class=\"num\">{Units.Time(r.ClientCpuNsPerRoundTrip)}</td><td class=\"num\">{Units.Time(r.PeerCpuNsPerRoundTrip)}</td><td>{Encode(r.Placement)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendTransportNotes(StringBuilder html)
    {
        html.Append("<h2>What each transport is</h2><ul class=\"note\">");
        foreach (Transport t in TransportCatalog.All.Where(t => t.Note is not null))
        {
            html.Append(Invariant, $"<li>{Named(t.Name)}: {Encode(t.Note!)}</li>");
        }

        string wakeUps = string.Join(", ", TransportCatalog.All.Where(t => !t.CarriesData).Select(t => t.Name));
        html.Append(Invariant, $"<li>{Encode(wakeUps)} carry no data: they have a 0-byte ping-pong and no throughput benchmark.</li></ul>");
    }

    /// <summary>A transport label with its palette colour, as in the charts.</summary>
    private static string Named(string label) =>
        $"<span class=\"swatch\" style=\"background:{TransportPalette.HexOf(label)}\"></span><b>{Encode(label)}</b>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Variant(string? variant) => variant is null ? "" : $"({Encode(variant)})";
}

using System.Globalization;
using System.Net;
using System.Text;
using IpcBench.Bench.Results;
using IpcBench.Bench.UseCases;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// The report's "Use cases" section: each recommendation of the seed's use-case table with its
/// verdict and the mechanisms measured for its workload, then JSON-RPC's cost split into
/// transport and framing + JSON; and the run's JSON-RPC benchmark cases. Without a use-case check of
/// this build every verdict reads "not measured".
/// </summary>
public static class UseCasesSection
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Append(StringBuilder html, UseCaseResults? results, IReadOnlyList<JsonRpcResult> benchmarks)
    {
        html.Append("<h2>Use cases</h2>");
        AppendVerdicts(html, results);
        AppendBenchmarks(html, benchmarks);
    }

    private static void AppendVerdicts(StringBuilder html, UseCaseResults? results)
    {
        if (results is null)
        {
            html.Append("<p class=\"note\">Not measured: no use-case check of this build (<code>dotnet run -c Release -- usecases</code>, about a minute, or <code>--use-cases</code> on a benchmark run). The seed's recommendations:</p>");
            html.Append("<table><tr><th>Use case</th><th>The seed recommends</th><th>Workload</th><th>Verdict</th></tr>");
            foreach (UseCase u in SeedUseCases.All)
            {
                html.Append(Invariant, $"<tr><td>{Encode(u.Title)}</td><td>{Encode(u.Recommendation)}</td><td>{Encode(u.Workload)}</td><td class=\"none\">{UseCaseJudge.NotMeasured}</td></tr>");
            }

            html.Append("</table>");
            return;
        }

        RunStampNote(html, results);
        html.Append("<table><tr><th>Use case</th><th>The seed recommends</th><th>Verdict</th><th>Measured (time per call or per MiB over the best mechanism's)</th></tr>");
        foreach (IGrouping<string, UseCaseRow> useCase in results.Rows.GroupBy(r => r.UseCase))
        {
            string verdict = UseCaseJudge.Verdict([.. useCase]);
            string measured = string.Join("; ", useCase.Select(r => r.RatioToBest is double ratio
                ? $"{r.Candidate} {Units.Factor(ratio)}{(r.Standing == UseCaseJudge.Best ? " (best)" : "")}"
                : $"{r.Candidate}: {r.Standing}"));
            html.Append(Invariant, $"<tr><td>{Encode(useCase.Key)}</td><td>{Encode(useCase.First().Recommendation)}</td><td class=\"{HtmlReport.Css(verdict)}\">{Encode(verdict)}</td><td>{Encode(measured)}</td></tr>");
        }

        html.Append("</table>");
        foreach (IGrouping<string, UseCaseRow> useCase in results.Rows.GroupBy(r => r.UseCase))
        {
            AppendUseCase(html, useCase.Key, [.. useCase]);
        }

        AppendSplit(html, results.Split);
    }

    private static void RunStampNote(StringBuilder html, UseCaseResults results)
    {
        int rounds = results.Rows.Select(r => r.Rounds).DefaultIfEmpty(0).Max();
        html.Append(Invariant, $"<p class=\"note\">The use-case check of this build, {results.Stamp.StartedUtc:yyyy-MM-dd HH:mm}–{results.Stamp.FinishedUtc:HH:mm} UTC, placement {Encode(results.Stamp.Placement)}: ");
        html.Append(Invariant, $"every mechanism of every workload sampled once per round, {rounds} rounds in a fresh random order each, so that the machine's moods fall on all alike. ");
        html.Append(Invariant, $"A ratio is the median of per-round ratios to the best mechanism of the same workload, with its distribution-free 95% interval. A mechanism is among the best when its interval lies within {UseCaseJudge.AmongTheBest:0.#}x of the best; not among them when it lies wholly beyond. ");
        html.Append("A recommendation holds when every mechanism it names is among the best, holds in part when some are and the others surely are not (or cannot be used), and does not hold when none is. ");
        html.Append("With split placement, client and peer sleep on different CPUs, so every blocking round trip pays two cross-CPU wake-ups (~20 µs each here); spinning shared memory takes a core on each side.</p>");
    }

    private static void AppendUseCase(StringBuilder html, string title, IReadOnlyList<UseCaseRow> rows)
    {
        UseCaseRow first = rows[0];
        html.Append(Invariant, $"<h3>{Encode(title)}: {Encode(first.Recommendation)}</h3><p class=\"note\">{Encode(first.Workload)}.</p>");
        html.Append(Invariant, $"<table><tr><th>Mechanism</th><th>Recommended</th><th>Median ({Encode(first.Unit)})</th><th>× the best (95% interval)</th><th>Standing</th></tr>");
        foreach (UseCaseRow r in rows)
        {
            string figure = r.Median is not double m ? "—" : r.Unit == UseCase.MiBPerSecond ? m.ToString("N0", Invariant) : Units.Time(m);
            string ratio = r.RatioToBest is double x ? $"{Units.Ratio(x)} ({Units.Ratio(r.RatioLow)}–{Units.Ratio(r.RatioHigh)})" : Encode(r.Reason ?? "");
            string css = r.Standing is UseCaseJudge.Best or UseCaseJudge.Among ? "holds" : r.Standing is UseCaseJudge.NotAmong or UseCaseJudge.CannotCross ? "fails" : "none";
            html.Append(Invariant, $"<tr><td>{Encode(r.Candidate)}</td><td>{(r.Recommended ? "yes" : "")}</td><td class=\"num\">{figure}</td><td class=\"num\">{ratio}</td><td class=\"{css}\">{Encode(r.Standing)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendSplit(StringBuilder html, IReadOnlyList<JsonRpcSplitRow> split)
    {
        if (split.Count == 0)
        {
            return;
        }

        html.Append("<h3>JSON-RPC: transport against framing and JSON</h3><p class=\"note\">Each JSON-RPC call (request and answer serialized, framed, cut out of the stream and parsed on both sides; the answer compared with the request) ");
        html.Append("beside a raw echo of the same number of bytes (the LSP request's size) over the same transport and peer, in the same rounds. The raw echo is the transport's share; the rest is framing and JSON. ");
        html.Append("The .NET side uses System.Text.Json with source generation; Python its json module; Node.js JSON.</p>");
        html.Append("<table><tr><th>Peer</th><th>Transport</th><th>Framing</th><th>Body (bytes on the wire)</th><th>JSON-RPC call</th><th>Transport (raw echo)</th><th>Framing + JSON</th><th>Share</th><th>Call ÷ raw (95% interval)</th></tr>");
        foreach (JsonRpcSplitRow r in split)
        {
            html.Append(Invariant, $"<tr><td>{Encode(r.Peer)}</td><td>{Encode(r.Transport)}</td><td>{Encode(r.Framing)}</td><td>{Encode(r.Body)} ({r.WireBytes:N0})</td>");
            html.Append(Invariant, $"<td class=\"num\">{Units.Time(r.JsonRpcNs)}</td><td class=\"num\">{Units.Time(r.RawEchoNs)}</td><td class=\"num\">{Units.Time(r.FramingAndJsonNs)}</td>");
            html.Append(Invariant, $"<td class=\"num\">{r.FramingAndJsonShare() * 100:0}%</td><td class=\"num\">{Units.Ratio(r.RatioToRaw)} ({Units.Ratio(r.RatioLow)}–{Units.Ratio(r.RatioHigh)})</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendBenchmarks(StringBuilder html, IReadOnlyList<JsonRpcResult> benchmarks)
    {
        if (benchmarks.Count == 0)
        {
            return;
        }

        html.Append("<h3>JSON-RPC benchmarks (BenchmarkDotNet)</h3><p class=\"note\">This run's JSON-RPC classes (<code>StdioJsonRpc</code> … <code>NodeTcpJsonRpc</code>): absolute figures, each case in a process of its own, minutes apart, so dividing one by another measures the machine too; the split above is measured side by side.</p>");
        html.Append("<table><tr><th>Path</th><th>Framing</th><th>Body</th><th>Placement</th><th>Median per call</th><th>P95 (over iterations)</th><th>Allocated per call (client)</th></tr>");
        foreach (JsonRpcResult r in benchmarks.OrderBy(r => r.Body).ThenBy(r => r.MedianNs ?? double.MaxValue))
        {
            string median = r.MedianNs is double m ? Units.Time(m) : Encode(r.NotMeasuredReason ?? "not measured");
            string allocated = r.AllocatedBytesPerCall is long a ? $"{a:N0} B" : "—";
            html.Append(Invariant, $"<tr><td>{Encode(r.Path)}</td><td>{Encode(r.Framing)}</td><td>{Encode(r.Body)}</td><td>{Encode(r.Placement)}</td><td class=\"num\">{median}</td><td class=\"num\">{Units.Time(r.P95Ns)}</td><td class=\"num\">{allocated}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

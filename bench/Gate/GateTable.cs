using System.Globalization;
using System.Text;
using CsvHelper;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Results;

namespace IpcBench.Bench.Gate;

/// <summary>The gate's table, for the console, a pull-request comment (Markdown) and CSV.</summary>
public static class GateTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Text(IReadOnlyList<GateRow> rows)
    {
        int width = Math.Max(20, rows.Select(r => r.Key.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"{"benchmark".PadRight(width)}  {"baseline",14}  {"current",14}  {"time ratio (95%)",-20}  verdict");
        foreach (GateRow r in rows)
        {
            text.AppendLine(Invariant, $"{r.Key.PadRight(width)}  {Figure(r, r.BaselineMedianNs),14}  {Figure(r, r.CurrentMedianNs),14}  {Ratio(r),-20}  {Word(r.Verdict)}");
        }

        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<GateRow> rows, string threshold)
    {
        var text = new StringBuilder();
        int failing = rows.Count(r => r.FailsGate);
        text.AppendLine(Invariant, $"### IpcBench regression gate: {(failing == 0 ? "passed" : $"{failing} case(s) regressed")} (threshold {threshold})");
        text.AppendLine();
        text.AppendLine("| benchmark | baseline | current | time ratio (95% interval) | verdict |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (GateRow r in rows)
        {
            string verdict = r.FailsGate ? $"**{Word(r.Verdict)}**" : Word(r.Verdict);
            text.AppendLine(Invariant, $"| `{r.Key.Replace("|", "\\|", StringComparison.Ordinal)}` | {Figure(r, r.BaselineMedianNs)} | {Figure(r, r.CurrentMedianNs)} | {Ratio(r)} | {verdict} |");
        }

        return text.ToString();
    }

    public static void WriteCsv(string path, IReadOnlyList<GateRow> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(path, null, FileOptions.None);
        csv.WriteRecords(rows.Select(r => new GateCsvRow(r.Key, r.BaselineMedianNs, r.CurrentMedianNs, r.Ratio, r.RatioLow, r.RatioHigh, r.BaselineSamples, r.CurrentSamples, Word(r.Verdict))));
    }

    public static string Word(GateVerdict verdict) => verdict switch
    {
        GateVerdict.TooFewSamples => "too few samples",
        GateVerdict.NoSignificantChange => "no significant change",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    /// <summary>A stream's median as MiB/s (more is better), anything else as a time.</summary>
    private static string Figure(GateRow row, double? ns) =>
        row.IsThroughput && ns is > 0 ? Units.MiBPerSecond(BenchmarkResult.MiBPerSecondOf(ns.Value)) : Units.Time(ns);

    private static string Ratio(GateRow row) =>
        row.Ratio is not double r ? "—"
        : row.RatioLow is double low && row.RatioHigh is double high ? $"{Units.Ratio(r)} ({Units.Ratio(low)}–{Units.Ratio(high)})"
        : Units.Ratio(r);
}

/// <summary>One row of the gate's CSV.</summary>
[CsvRecord]
public sealed partial record GateCsvRow(string Benchmark, double? BaselineMedianNs, double? CurrentMedianNs, double? Ratio, double? RatioLow, double? RatioHigh, int BaselineSamples, int CurrentSamples, string Verdict);

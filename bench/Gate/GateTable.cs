using System.Globalization;
using System.Text;
using CsvHelper;
using IpcBench.Bench.Reporting;

namespace IpcBench.Bench.Gate;

/// <summary>The gate's table, for the console, a pull-request comment (Markdown) and CSV.</summary>
public static class GateTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Text(IReadOnlyList<GateRow> rows)
    {
        int width = Math.Max(20, rows.Select(r => r.Key.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"{"benchmark".PadRight(width)}  {"baseline",12}  {"current",12}  {"ratio",7}  verdict");
        foreach (GateRow r in rows)
        {
            text.AppendLine(Invariant, $"{r.Key.PadRight(width)}  {Ns(r.BaselineMedianNs),12}  {Ns(r.CurrentMedianNs),12}  {Ratio(r),7}  {Word(r.Verdict)}");
        }

        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<GateRow> rows, string threshold)
    {
        var text = new StringBuilder();
        int failing = rows.Count(r => r.FailsGate);
        text.AppendLine(Invariant, $"### IpcBench regression gate: {(failing == 0 ? "passed" : $"{failing} case(s) regressed")} (threshold {threshold})");
        text.AppendLine();
        text.AppendLine("| benchmark | baseline | current | ratio | verdict |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (GateRow r in rows)
        {
            string verdict = r.FailsGate ? $"**{Word(r.Verdict)}**" : Word(r.Verdict);
            text.AppendLine(Invariant, $"| `{r.Key.Replace("|", "\\|", StringComparison.Ordinal)}` | {Ns(r.BaselineMedianNs)} | {Ns(r.CurrentMedianNs)} | {Ratio(r)} | {verdict} |");
        }

        return text.ToString();
    }

    public static void WriteCsv(string path, IReadOnlyList<GateRow> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(path, null, FileOptions.None);
        csv.WriteRecords(rows.Select(r => new GateCsvRow(r.Key, r.BaselineMedianNs, r.CurrentMedianNs, r.Ratio, r.BaselineSamples, r.CurrentSamples, Word(r.Verdict))));
    }

    public static string Word(GateVerdict verdict) => verdict switch
    {
        GateVerdict.TooFewSamples => "too few samples",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private static string Ns(double? ns) => Units.Time(ns);

    private static string Ratio(GateRow row) => row.Ratio is double r ? r.ToString("0.00", Invariant) : "—";
}

/// <summary>One row of the gate's CSV.</summary>
[CsvRecord]
public sealed partial record GateCsvRow(string Benchmark, double? BaselineMedianNs, double? CurrentMedianNs, double? Ratio, int BaselineSamples, int CurrentSamples, string Verdict);

using CsvHelper;
using IpcBench.Bench.Harness;

namespace IpcBench.Bench.Runtimes;

/// <summary>One row of runtimes.csv: a peer's line or message round trip over the rounds of one runtimes check, in nanoseconds.</summary>
[CsvRecord]
public sealed partial record RuntimesRow(string Peer, int SizeBytes, int Rounds, int RoundTripsPerRound, double MedianNs, double LowestNs, double HighestNs, double MedianRatioToDotNet)
{
    /// <summary>The report kind: folders <c>RUN-ID-runtimes</c>, newest in <c>latest-runtimes</c>.</summary>
    public const string Kind = "runtimes";

    public const string CsvFile = "runtimes.csv";

    public static IReadOnlyList<RuntimesRow> Read(string folder) => TidyCsv.ReadIfPresent<RuntimesRow>(folder, CsvFile);

    public static void Write(string folder, IReadOnlyList<RuntimesRow> rows) => TidyCsv.Write(folder, CsvFile, rows);
}

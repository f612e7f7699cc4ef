using CsvHelper;

namespace IpcBench.Bench.Runtimes;

/// <summary>One row of runtimes.csv: a peer's line or message round trip over the rounds of one runtimes check, in nanoseconds.</summary>
[CsvRecord]
public sealed partial record RuntimesRow(string Peer, int SizeBytes, int Rounds, int RoundTripsPerRound, double MedianNs, double LowestNs, double HighestNs, double MedianRatioToDotNet)
{
    /// <summary>The report kind: folders <c>RUN-ID-runtimes</c>, newest in <c>latest-runtimes</c>.</summary>
    public const string Kind = "runtimes";

    public const string CsvFile = "runtimes.csv";

    public static IReadOnlyList<RuntimesRow> Read(string folder)
    {
        string path = Path.Combine(folder, CsvFile);
        if (!File.Exists(path))
        {
            return [];
        }

        using CsvReader csv = CsvReader.FromFile(path, null, FileOptions.None);
        return [.. csv.GetRecords<RuntimesRow>()];
    }

    public static void Write(string folder, IReadOnlyList<RuntimesRow> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(Path.Combine(folder, CsvFile), null, FileOptions.None);
        csv.WriteRecords(rows);
    }
}

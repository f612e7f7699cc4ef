using CsvHelper;

namespace IpcBench.Bench.Reporting;

/// <summary>results.csv and claims.csv: invariant culture (CsvHelper's default), plain numbers, units in the header.</summary>
public static class ReportCsv
{
    public static void WriteResults(string path, IReadOnlyList<ResultRow> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(path, null, FileOptions.None);
        csv.WriteRecords(rows);
    }

    public static void WriteClaims(string path, IReadOnlyList<ClaimVerdict> verdicts)
    {
        using CsvWriter csv = CsvWriter.ToFile(path, null, FileOptions.None);
        csv.WriteRecords(verdicts.Select(ClaimRow.From));
    }
}

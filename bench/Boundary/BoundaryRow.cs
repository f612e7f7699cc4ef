using CsvHelper;
using IpcBench.Bench.Harness;

namespace IpcBench.Bench.Boundary;

/// <summary>One row of boundary.csv: whether a transport reached a peer in namespaces of its own, its median round trip if so, and what happened.</summary>
[CsvRecord]
public sealed partial record BoundaryRow(string Transport, int SizeBytes, bool Crosses, double? MedianRoundTripNs, string Detail)
{
    /// <summary>The report kind: folders <c>RUN-ID-boundary</c>, newest in <c>latest-boundary</c>.</summary>
    public const string Kind = "boundary";

    public const string CsvFile = "boundary.csv";

    /// <summary>The rows of a boundary.csv, or none when the folder has none.</summary>
    public static IReadOnlyList<BoundaryRow> Read(string folder) => TidyCsv.ReadIfPresent<BoundaryRow>(folder, CsvFile);

    public static void Write(string folder, IReadOnlyList<BoundaryRow> rows) => TidyCsv.Write(folder, CsvFile, rows);
}

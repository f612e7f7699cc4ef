using CsvHelper;
using IpcBench.Bench.Harness;

namespace IpcBench.Bench.UseCases;

/// <summary>
/// One row of usecases.csv: a mechanism measured for one recommendation of the seed's table. The
/// ratio is its time per call (or per MiB) over the best mechanism's of the same workload, median
/// of per-round ratios, with a distribution-free 95% interval; Standing says what that makes it.
/// </summary>
[CsvRecord]
public sealed partial record UseCaseRow(
    string UseCase,
    string Recommendation,
    string Workload,
    string Candidate,
    bool Recommended,
    string Unit,
    double? Median,
    double? RatioToBest,
    double? RatioLow,
    double? RatioHigh,
    int Rounds,
    string Standing,
    string? Reason)
{
    /// <summary>The report kind: folders <c>RUN-ID-usecases</c>, newest in <c>latest-usecases</c>.</summary>
    public const string Kind = "usecases";

    public const string CsvFile = "usecases.csv";

    public static IReadOnlyList<UseCaseRow> Read(string folder) => TidyCsv.ReadIfPresent<UseCaseRow>(folder, CsvFile);

    public static void Write(string folder, IReadOnlyList<UseCaseRow> rows) => TidyCsv.Write(folder, CsvFile, rows);
}

/// <summary>
/// One row of jsonrpc-split.csv: a JSON-RPC call against a raw echo of the same request bytes over
/// the same transport and peer, in the same rounds; the difference is what framing and JSON cost
/// (both sides, both directions). Ratio: JSON-RPC over raw, median of per-round ratios, 95% interval.
/// </summary>
[CsvRecord]
public sealed partial record JsonRpcSplitRow(
    string Peer,
    string Transport,
    string Framing,
    string Body,
    int WireBytes,
    double RawEchoNs,
    double JsonRpcNs,
    double FramingAndJsonNs,
    double RatioToRaw,
    double RatioLow,
    double RatioHigh,
    int Rounds)
{
    public const string CsvFile = "jsonrpc-split.csv";

    /// <summary>The share of a call that is framing and JSON rather than transport.</summary>
    public double FramingAndJsonShare() => FramingAndJsonNs / JsonRpcNs;

    public static IReadOnlyList<JsonRpcSplitRow> Read(string folder) => TidyCsv.ReadIfPresent<JsonRpcSplitRow>(folder, CsvFile);

    public static void Write(string folder, IReadOnlyList<JsonRpcSplitRow> rows) => TidyCsv.Write(folder, CsvFile, rows);
}

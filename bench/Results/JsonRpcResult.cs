using CsvHelper;

namespace IpcBench.Bench.Results;

/// <summary>
/// One JSON-RPC benchmark case as BenchmarkDotNet measured it (a row of jsonrpc.csv): the path
/// (<c>Stdio</c>, <c>PythonTcp</c>), framing, body and placement, and its time per call. These are
/// absolute figures, each case in a process of its own; the use-case check's split compares side by side.
/// </summary>
[CsvRecord]
public sealed partial record JsonRpcResult(string Path, string Framing, string Body, string Placement, double? MedianNs, double? P95Ns, long? AllocatedBytesPerCall, string? NotMeasuredReason)
{
    /// <summary>What a JSON-RPC benchmark class's name ends in: <c>StdioJsonRpc</c>.</summary>
    public const string ClassSuffix = "JsonRpc";

    public const string CsvFile = "jsonrpc.csv";
}

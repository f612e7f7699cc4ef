using CsvHelper;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Results;
using IpcBench.Bench.UseCases;

namespace IpcBench.Bench.Reporting;

/// <summary>results.csv, claims.csv, jsonrpc.csv and the use-case check's two files: invariant culture (CsvHelper's default), plain numbers, units in the header.</summary>
public static class ReportCsv
{
    public const string ResultsFile = "results.csv";
    public const string ClaimsFile = "claims.csv";

    public static void Write(ReportModel model, string folder)
    {
        using (CsvWriter results = CsvWriter.ToFile(Path.Combine(folder, ResultsFile), null, FileOptions.None))
        {
            results.WriteRecords(model.Rows);
        }

        WriteClaims(model.Verdicts, folder);
        if (model.JsonRpc.Count > 0)
        {
            TidyCsv.Write(folder, JsonRpcResult.CsvFile, model.JsonRpc);
        }

        if (model.UseCases is { } useCases)
        {
            UseCaseRow.Write(folder, useCases.Rows);
            JsonRpcSplitRow.Write(folder, useCases.Split);
        }
    }

    public static void WriteClaims(IReadOnlyList<ClaimVerdict> verdicts, string folder)
    {
        using CsvWriter claims = CsvWriter.ToFile(Path.Combine(folder, ClaimsFile), null, FileOptions.None);
        claims.WriteRecords(verdicts.SelectMany(ClaimRow.From));
    }
}

using System.Globalization;
using System.Text.Json;
using IpcBench.Bench.Benchmarks;
using IpcBench.Bench.Cases;
using IpcBench.Transports.JsonRpc;

namespace IpcBench.Bench.Results;

/// <summary>
/// Reads BenchmarkDotNet's full JSON (<c>*-report-full.json</c>), whose numbers are raw
/// nanoseconds, unlike the formatted CSV. In that JSON, NaN is written as an empty string and a
/// failed case has no Statistics.
/// </summary>
public static class ResultsReader
{
    public const string FilePattern = "*-report-full.json";

    /// <summary>Every case in every full-JSON file of <paramref name="folder"/> and below.</summary>
    public static ResultsRead ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"results folder '{folder}' does not exist");
        }

        string[] files = Directory.GetFiles(folder, FilePattern, SearchOption.AllDirectories);
        if (files.Length == 0)
        {
            throw new ArgumentException($"no BenchmarkDotNet full-JSON results ({FilePattern}) under '{folder}': run with the suite's config or --exporters fulljson");
        }

        return ReadFiles(files);
    }

    public static ResultsRead ReadFiles(IEnumerable<string> files)
    {
        var results = new List<BenchmarkResult>();
        var memcpy = new List<MemcpyLine>();
        var jsonRpc = new List<JsonRpcResult>();
        JsonElement? host = null;
        foreach (string file in files)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"'{file}' is not readable JSON: {e.Message}");
            }

            JsonElement root = document.RootElement;
            if (root.TryGetProperty("HostEnvironmentInfo", out JsonElement info))
            {
                host ??= info.Clone();
            }

            if (!root.TryGetProperty("Benchmarks", out JsonElement benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new ArgumentException($"'{file}' has no Benchmarks array: is it a BenchmarkDotNet full-JSON report?");
            }

            results.AddRange(benchmarks.EnumerateArray().Select(Parse).OfType<BenchmarkResult>());
            memcpy.AddRange(benchmarks.EnumerateArray().Select(ParseMemcpy).OfType<MemcpyLine>());
            jsonRpc.AddRange(benchmarks.EnumerateArray().Select(ParseJsonRpc).OfType<JsonRpcResult>());
        }

        return new ResultsRead(results, host, memcpy, jsonRpc);
    }

    /// <summary>The memcpy reference line's figure, from a <see cref="MemcpyThroughput"/> case, or null for any other.</summary>
    private static MemcpyLine? ParseMemcpy(JsonElement benchmark) =>
        benchmark.GetProperty("Type").GetString() == nameof(MemcpyThroughput)
        && Parameters(benchmark).TryGetValue(CaseKey.ChunkParameter, out string? chunk)
        && benchmark.TryGetProperty("Statistics", out JsonElement statistics) && statistics.ValueKind == JsonValueKind.Object
        && Number(statistics, "Median") is double median
            ? new MemcpyLine(int.Parse(chunk, CultureInfo.InvariantCulture), median)
            : null;

    /// <summary>A JSON-RPC call's figures, from a <see cref="Scenarios.JsonRpcBenchmark"/> class (<c>StdioJsonRpc</c>), or null for any other.</summary>
    private static JsonRpcResult? ParseJsonRpc(JsonElement benchmark)
    {
        string type = benchmark.GetProperty("Type").GetString() ?? "";
        string path = type.EndsWith(JsonRpcResult.ClassSuffix, StringComparison.Ordinal) ? type[..^JsonRpcResult.ClassSuffix.Length] : "";
        if (!JsonRpcTransports.All.Any(t => t.Name == path))
        {
            return null;
        }

        Dictionary<string, string> parameters = Parameters(benchmark);
        var result = new JsonRpcResult(path, parameters.GetValueOrDefault(nameof(Scenarios.JsonRpcBenchmark.Framing), ""), parameters.GetValueOrDefault(nameof(Scenarios.JsonRpcBenchmark.Body), ""),
            parameters.GetValueOrDefault(CaseKey.PlacementParameter, "unknown"), null, null, null, "the case failed or was not run: it has no statistics (see the BenchmarkDotNet log)");
        return benchmark.TryGetProperty("Statistics", out JsonElement statistics) && statistics.ValueKind == JsonValueKind.Object
            ? result with { MedianNs = Number(statistics, "Median"), P95Ns = P95(statistics), AllocatedBytesPerCall = Allocated(benchmark), NotMeasuredReason = null }
            : result;
    }

    private static long? Allocated(JsonElement benchmark) =>
        benchmark.TryGetProperty("Memory", out JsonElement memory) && memory.ValueKind == JsonValueKind.Object
        && memory.TryGetProperty("BytesAllocatedPerOperation", out JsonElement bytes) && bytes.ValueKind == JsonValueKind.Number
            ? bytes.GetInt64()
            : null;

    private static double? P95(JsonElement statistics) =>
        statistics.TryGetProperty("Percentiles", out JsonElement percentiles) && percentiles.ValueKind == JsonValueKind.Object
            ? Number(percentiles, "P95")
            : null;

    private static Dictionary<string, string> Parameters(JsonElement benchmark) =>
        (benchmark.GetProperty("Parameters").GetString() ?? "")
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");

    private static BenchmarkResult? Parse(JsonElement benchmark)
    {
        Dictionary<string, string> parameters = Parameters(benchmark);
        if (CaseKey.FromBenchmark(benchmark.GetProperty("Type").GetString() ?? "", parameters) is not CaseKey key)
        {
            return null;
        }

        string display = benchmark.GetProperty("DisplayInfo").GetString() ?? "";
        int jobStart = display.IndexOf(": ", StringComparison.Ordinal);
        string job = jobStart < 0 ? "" : display[(jobStart + 2)..].Split('(', ' ')[0];

        var result = new BenchmarkResult
        {
            Key = key,
            FullName = benchmark.GetProperty("FullName").GetString() ?? key.ToString(),
            Job = job,
            NotMeasuredReason = "the case failed or was not run: it has no statistics (see the BenchmarkDotNet log)",
        };

        if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        return result with
        {
            MedianNs = Number(statistics, "Median"),
            MeanNs = Number(statistics, "Mean"),
            P95Ns = P95(statistics),
            StandardErrorNs = Number(statistics, "StandardError"),
            Iterations = (int)(Number(statistics, "N") ?? 0),
            Launches = Launches(benchmark),
            AllocatedBytesPerOperation = Allocated(benchmark),
            Samples = statistics.TryGetProperty("OriginalValues", out JsonElement values) && values.ValueKind == JsonValueKind.Array
                ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble())]
                : [],
            NotMeasuredReason = null,
        };
    }

    /// <summary>How many processes measured the case: the highest launch index of its measurements.</summary>
    private static int Launches(JsonElement benchmark) =>
        benchmark.TryGetProperty("Measurements", out JsonElement measurements) && measurements.ValueKind == JsonValueKind.Array
            ? measurements.EnumerateArray().Select(m => m.TryGetProperty("LaunchIndex", out JsonElement i) && i.ValueKind == JsonValueKind.Number ? i.GetInt32() : 0).DefaultIfEmpty(0).Max()
            : 0;

    /// <summary>A number, or null for NaN (written as "") and missing values.</summary>
    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

/// <summary>What a set of full-JSON files holds: the transport cases, the machine, and the memcpy reference line.</summary>
public sealed record ResultsRead(IReadOnlyList<BenchmarkResult> Results, JsonElement? Host, IReadOnlyList<MemcpyLine> Memcpy, IReadOnlyList<JsonRpcResult> JsonRpc);

/// <summary>One thread's memcpy of the 16 MiB stream in chunks of <paramref name="Chunk"/> bytes: a reference line for the streams.</summary>
public sealed record MemcpyLine(int Chunk, double MedianNs)
{
    public double MiBPerSecond => BenchmarkResult.MiBPerSecondOf(MedianNs);
}

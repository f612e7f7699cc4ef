using System.Globalization;
using IpcBench.Bench.Benchmarks;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Cases;

/// <summary>
/// The identity of one benchmark case, the one vocabulary of BenchmarkDotNet classes, reports,
/// the gate and the latency verb: transport (and its variant), scenario, bytes (message size or
/// chunk) and placement. It does not depend on BenchmarkDotNet's job id, so a case keeps its key
/// across profiles. Names come from the transports and the scenario classes, never from literals.
/// </summary>
public sealed record CaseKey(string Transport, string? Variant, Scenario Scenario, int Bytes, string Placement)
{
    public const string SizeParameter = nameof(PingPongBenchmark.Size);
    public const string ChunkParameter = nameof(ThroughputBenchmark.Chunk);
    public const string VariantParameter = nameof(ShmPingPong.Wait);
    public const string PlacementParameter = nameof(PingPongBenchmark.Placement);

    /// <summary>The transport and its variant, as a reader sees it: <c>Shm (Spin)</c>.</summary>
    public string Label => global::IpcBench.Transports.Contracts.Transport.LabelOf(Transport, Variant);

    /// <summary>The BenchmarkDotNet class that measures it: <c>ShmPingPong</c>.</summary>
    public string BenchmarkType => Transport + Scenario;

    /// <summary>The name of the bytes parameter of this scenario.</summary>
    public string BytesParameter => Scenario == Scenario.PingPong ? SizeParameter : ChunkParameter;

    /// <summary>The transport variant this case measures.</summary>
    public Transport Resolve() => TransportCatalog.Find(Transport, Variant);

    /// <summary>A stable text key: <c>ShmPingPong(Wait=Spin, Size=64, Placement=Split)</c>.</summary>
    public override string ToString() =>
        $"{BenchmarkType}({(Variant is null ? "" : $"{VariantParameter}={Variant}, ")}{BytesParameter}={Bytes.ToString(CultureInfo.InvariantCulture)}, {PlacementParameter}={Placement})";

    /// <summary>
    /// The case of a BenchmarkDotNet benchmark, from its class name and parameter values; null for
    /// a class that is not transport + scenario or names no transport of the catalog.
    /// </summary>
    public static CaseKey? FromBenchmark(string typeName, IReadOnlyDictionary<string, string> parameters)
    {
        foreach (Scenario scenario in Enum.GetValues<Scenario>())
        {
            string suffix = scenario.ToString();
            if (!typeName.EndsWith(suffix, StringComparison.Ordinal) || typeName.Length == suffix.Length)
            {
                continue;
            }

            string transport = typeName[..^suffix.Length];
            if (!TransportCatalog.All.Any(t => t.Name == transport))
            {
                return null;
            }

            string bytesName = scenario == Scenario.PingPong ? SizeParameter : ChunkParameter;
            int bytes = parameters.TryGetValue(bytesName, out string? text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : 0;
            return new CaseKey(transport, parameters.GetValueOrDefault(VariantParameter), scenario, bytes, parameters.GetValueOrDefault(PlacementParameter, "unknown"));
        }

        return null;
    }
}

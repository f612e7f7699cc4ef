using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.Transports;

/// <summary>
/// Runs every benchmark class of the harness for a few operations, in this process, exactly as
/// BenchmarkDotNet would call it: each must connect, move its bytes and pass its own checks.
/// </summary>
public class BenchmarkClassTests
{
    // Only classes that have cases here: TcpRemote's need a listening peer, the namespace pair's root.
    public static TheoryData<string> PingPongClasses => [.. BenchmarkTypes<PingPongBenchmark>().Where(n => Create<PingPongBenchmark>(n).Placements.Any())];

    public static TheoryData<string> ThroughputClasses => [.. BenchmarkTypes<ThroughputBenchmark>().Where(n => Create<ThroughputBenchmark>(n).Placements.Any())];

    [Theory]
    [MemberData(nameof(PingPongClasses))]
    public void Ping_pong_benchmark_runs_every_size(string typeName)
    {
        var benchmark = Create<PingPongBenchmark>(typeName);
        foreach (int size in benchmark.Sizes)
        {
            benchmark.Size = size;
            benchmark.Setup();
            try
            {
                benchmark.RoundTrip();
                benchmark.RoundTrip();
            }
            finally
            {
                benchmark.Cleanup();
            }
        }
    }

    [Theory]
    [MemberData(nameof(ThroughputClasses))]
    public void Throughput_benchmark_streams_and_verifies(string typeName)
    {
        var benchmark = Create<ThroughputBenchmark>(typeName);
        benchmark.Chunk = 65536;
        benchmark.Setup();
        try
        {
            benchmark.Stream16MiB();
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    public static TheoryData<string> JsonRpcClasses => [.. BenchmarkTypes<JsonRpcBenchmark>().Where(n => Create<JsonRpcBenchmark>(n).Placements.Any())];

    [Theory]
    [MemberData(nameof(JsonRpcClasses))]
    public void Json_rpc_benchmark_calls_with_every_framing_and_body(string typeName)
    {
        var benchmark = Create<JsonRpcBenchmark>(typeName);
        foreach (JsonRpcFraming framing in Enum.GetValues<JsonRpcFraming>())
        {
            foreach (LspBody body in Enum.GetValues<LspBody>())
            {
                (benchmark.Framing, benchmark.Body) = (framing, body);
                benchmark.Setup();
                try
                {
                    benchmark.Call();
                }
                finally
                {
                    benchmark.Cleanup();
                }
            }
        }
    }

    [Fact]
    public void Every_json_rpc_path_has_a_benchmark()
    {
        Assert.Equal(JsonRpcTransports.All.Select(t => $"{t.Name}JsonRpc").Order(), BenchmarkTypes<JsonRpcBenchmark>().Order());
    }

    [Fact]
    public void Every_transport_has_a_ping_pong_benchmark_and_streaming_ones_a_throughput_one()
    {
        var pingPong = BenchmarkTypes<PingPongBenchmark>().ToHashSet();
        var throughput = BenchmarkTypes<ThroughputBenchmark>().ToHashSet();
        foreach (Transport t in TransportCatalog.All)
        {
            Assert.Contains($"{t.Name}PingPong", pingPong);
            Assert.Equal(t.SupportsBulk, throughput.Contains($"{t.Name}Throughput"));
        }
    }

    private static IEnumerable<string> BenchmarkTypes<T>() =>
        typeof(T).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t)).Select(t => t.Name);

    // Placement Os: pinning would tie the test process to one CPU for every later test.
    private static T Create<T>(string typeName)
    {
        Type type = typeof(T).Assembly.GetTypes().Single(t => t.Name == typeName);
        object benchmark = Activator.CreateInstance(type)!;
        type.GetProperty("Placement")!.SetValue(benchmark, Placement.Os);
        return (T)benchmark;
    }
}

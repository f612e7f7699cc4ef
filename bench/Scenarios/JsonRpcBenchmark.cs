using BenchmarkDotNet.Attributes;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// JSON-RPC as editors and AI tools speak it: one operation is one request and its answer, each
/// serialized, framed (<see cref="Framing"/>), cut out of the stream and parsed on both sides,
/// and the answer compared with the request (<see cref="JsonRpcClient"/>). Set beside the raw
/// ping-pong of the same transport, it shows what framing and JSON add to the transport's own cost.
/// </summary>
public abstract class JsonRpcBenchmark
{
    private const int CallsPerInvoke = 4;

    private PeerConnection? _connection;
    private JsonRpcClient? _client;

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [ParamsAllValues]
    public JsonRpcFraming Framing { get; set; }

    [ParamsAllValues]
    public LspBody Body { get; set; }

    /// <summary>The run's placement; none (so no case) where the peer's runtime is not installed.</summary>
    public IEnumerable<Placement> Placements => CreateTransport().Unavailable is null ? [RunSettings.Placement] : [];

    protected abstract Transport CreateTransport();

    [GlobalSetup]
    public void Setup()
    {
        CpuPlacement.PinClient(Placement);
        _connection = PeerConnection.Open(CreateTransport(), Framing == JsonRpcFraming.Lsp ? PeerMode.Lsp : PeerMode.Ndjson, CpuPlacement.PeerCpu(Placement));
        _client = new JsonRpcClient(_connection, Framing, Body);
    }

    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public void Call()
    {
        JsonRpcClient client = _client!;
        for (int i = 0; i < CallsPerInvoke; i++)
        {
            client.RoundTrip();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();
}

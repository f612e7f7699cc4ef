using BenchmarkDotNet.Attributes;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// Round-trip latency: the client sends <see cref="Size"/> bytes, the peer reads every byte and
/// sends them back, the client reads the echo and checks it (<see cref="EchoClient"/>). One
/// operation is one round trip. A transport's benchmark class only says which transport it is.
/// </summary>
public abstract class PingPongBenchmark
{
    /// <summary>The message size the claims compare data-carrying transports at.</summary>
    public const int ReferenceSize = 64;

    private const int RoundTripsPerInvoke = 16;

    private PeerConnection? _connection;
    private EchoClient? _echo;

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>The run's placement; none (so no case at all) for a transport that cannot run here, such as one that needs root or a remote peer.</summary>
    public IEnumerable<Placement> Placements => CreateTransport().Unavailable is null ? [RunSettings.Placement] : [];

    /// <summary>Payload sizes in bytes; a transport that carries no data runs only 0.</summary>
    public IEnumerable<int> Sizes => SizesFor(CreateTransport());

    public static IReadOnlyList<int> SizesFor(Transport transport) => transport.CarriesData ? [0, ReferenceSize, 4096, 65536] : [0];

    /// <summary>The size a transport's latency claim is judged at: 64 bytes, or 0 where it carries no data.</summary>
    public static int ReferenceSizeFor(Transport transport) => transport.CarriesData ? ReferenceSize : 0;

    protected abstract Transport CreateTransport();

    [GlobalSetup]
    public void Setup()
    {
        CpuPlacement.PinClient(Placement);
        _connection = PeerConnection.Open(CreateTransport(), PeerMode.Echo, CpuPlacement.PeerCpu(Placement));
        _echo = new EchoClient(_connection, Size);
    }

    [Benchmark(OperationsPerInvoke = RoundTripsPerInvoke)]
    public void RoundTrip()
    {
        EchoClient echo = _echo!;
        for (int i = 0; i < RoundTripsPerInvoke; i++)
        {
            echo.RoundTrip();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();
}

using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using IpcBench.Bench.Harness;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// Round-trip latency: the client sends <see cref="Size"/> bytes, the peer reads every byte and
/// sends them back, the client reads the echo. One operation is one round trip. The first eight
/// bytes carry a sequence number that must come back, so a stale or lost echo fails the run.
/// A transport's benchmark class only says which transport it is.
/// </summary>
public abstract class PingPongBenchmark
{
    private const int RoundTripsPerInvoke = 16;

    private PeerConnection? _connection;
    private byte[] _payload = [];
    private byte[] _reply = [];
    private long _sequence;

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public IEnumerable<Placement> Placements => [BenchSettings.Placement];

    /// <summary>Payload sizes in bytes; a transport that carries no data runs only 0.</summary>
    public IEnumerable<int> Sizes => CreateTransport().CarriesData ? [0, 64, 4096, 65536] : [0];

    protected abstract Transport CreateTransport();

    [GlobalSetup]
    public void Setup()
    {
        if (CpuPlacement.ClientCpu(Placement) is int cpu)
        {
            CpuPlacement.PinCurrentProcess(cpu);
        }

        _payload = GC.AllocateArray<byte>(Size, pinned: true);
        _reply = GC.AllocateArray<byte>(Math.Max(Size, 8), pinned: true);
        new Random(Size).NextBytes(_payload);
        _connection = PeerConnection.Open(CreateTransport(), PeerMode.Echo, CpuPlacement.PeerCpu(Placement));
    }

    [Benchmark(OperationsPerInvoke = RoundTripsPerInvoke)]
    public void RoundTrip()
    {
        PeerConnection connection = _connection!;
        for (int i = 0; i < RoundTripsPerInvoke; i++)
        {
            long sequence = ++_sequence;
            if (Size >= sizeof(long))
            {
                BinaryPrimitives.WriteInt64LittleEndian(_payload, sequence);
            }

            int length = connection.RoundTrip(_payload, _reply);
            if (length != Size || (Size >= sizeof(long) && BinaryPrimitives.ReadInt64LittleEndian(_reply) != sequence))
            {
                throw new InvalidDataException($"{connection.Transport.Name}: echo {sequence} came back wrong ({length} bytes)");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();
}

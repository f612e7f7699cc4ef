using BenchmarkDotNet.Attributes;
using IpcBench.Bench.Harness;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// One-way bulk throughput: one operation streams <see cref="StreamBytes"/> in writes of
/// <see cref="Chunk"/> bytes and waits for the peer's acknowledgement, whose byte count and
/// checksum must match what was sent. The same total for every transport makes times comparable.
/// </summary>
public abstract class ThroughputBenchmark
{
    public const long StreamBytes = 16L * 1024 * 1024;

    // Cycled through for the stream: big enough that a reordered chunk changes the checksum.
    public const int SourceBytes = 1024 * 1024;

    private PeerConnection? _connection;
    private byte[] _source = [];
    private ulong _expectedChecksum;

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [Params(4096, 65536)]
    public int Chunk { get; set; }

    public IEnumerable<Placement> Placements => [BenchSettings.Placement];

    protected abstract Transport CreateTransport();

    [GlobalSetup]
    public void Setup()
    {
        if (CpuPlacement.ClientCpu(Placement) is int cpu)
        {
            CpuPlacement.PinCurrentProcess(cpu);
        }

        _source = GC.AllocateArray<byte>(SourceBytes, pinned: true);
        new Random(Chunk).NextBytes(_source);
        _expectedChecksum = SinkClient.ExpectedChecksum(_source, StreamBytes);
        _connection = PeerConnection.Open(CreateTransport(), PeerMode.Sink, CpuPlacement.PeerCpu(Placement));
    }

    [Benchmark]
    public void Stream16MiB()
    {
        (long count, ulong checksum) = _connection!.Stream(_source, StreamBytes, Chunk);
        if (count != StreamBytes || checksum != _expectedChecksum)
        {
            throw new InvalidDataException($"{_connection.Transport.Name}: the peer read {count} bytes with checksum {checksum:x16}, expected {StreamBytes} with {_expectedChecksum:x16}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();
}

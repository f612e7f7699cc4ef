using BenchmarkDotNet.Attributes;
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

    /// <summary>The chunk size the claims compare throughput at.</summary>
    public const int ReferenceChunk = 65536;

    public const int SmallChunk = 4096;

    // Cycled through for the stream: big enough that a reordered chunk changes the checksum.
    public const int SourceBytes = 1024 * 1024;

    private PeerConnection? _connection;
    private SinkClient? _sink;
    private byte[] _source = [];
    private ulong _expectedChecksum;

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [Params(SmallChunk, ReferenceChunk)]
    public int Chunk { get; set; }

    /// <summary>The run's placement; none (so no case at all) for a transport that cannot run here, such as one that needs root or a remote peer.</summary>
    public IEnumerable<Placement> Placements => CreateTransport().Unavailable is null ? [RunSettings.Placement] : [];

    /// <summary>The stream's source bytes, the same for every transport at a given chunk size.</summary>
    public static byte[] Source(int chunk)
    {
        byte[] source = GC.AllocateArray<byte>(SourceBytes, pinned: true);
        new Random(chunk).NextBytes(source);
        return source;
    }

    protected abstract Transport CreateTransport();

    [GlobalSetup]
    public void Setup()
    {
        CpuPlacement.PinClient(Placement);
        _source = Source(Chunk);
        _expectedChecksum = SinkClient.ExpectedChecksum(_source, StreamBytes, CreateTransport().StreamChecksum);
        _connection = PeerConnection.Open(CreateTransport(), PeerMode.Sink, CpuPlacement.PeerCpu(Placement));
        _sink = new SinkClient(_connection);
    }

    [Benchmark]
    public void Stream16MiB() => _sink!.StreamVerified(_source, StreamBytes, Chunk, _expectedChecksum);

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();
}

using BenchmarkDotNet.Attributes;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Benchmarks;

/// <summary>
/// The ceiling for every Throughput: one thread copying the same 16 MiB in the same chunks from
/// the same 1 MiB source into a 1 MiB destination (the size of a shared ring). No cross-process
/// path can move bytes faster than one memcpy of them.
/// </summary>
public class FloorThroughput
{
    private byte[] _source = [];
    private byte[] _destination = [];

    [ParamsSource(nameof(Placements))]
    public Placement Placement { get; set; }

    [Params(ThroughputBenchmark.SmallChunk, ThroughputBenchmark.ReferenceChunk)]
    public int Chunk { get; set; }

    public IEnumerable<Placement> Placements => [RunSettings.Placement];

    [GlobalSetup]
    public void Setup()
    {
        CpuPlacement.PinClient(Placement);
        _source = ThroughputBenchmark.Source(Chunk);
        _destination = GC.AllocateArray<byte>(ThroughputBenchmark.SourceBytes, pinned: true);
    }

    [Benchmark]
    public void Stream16MiB()
    {
        for (long done = 0; done < ThroughputBenchmark.StreamBytes; done += Chunk)
        {
            int offset = (int)(done % ThroughputBenchmark.SourceBytes);
            _source.AsSpan(offset, Chunk).CopyTo(_destination.AsSpan(offset, Chunk));
        }

        // The copy must really have happened, or the figure is a fiction.
        if (_destination[^1] != _source[^1] || _destination[0] != _source[0])
        {
            throw new InvalidDataException($"{nameof(FloorThroughput)}: the copy did not land");
        }
    }
}

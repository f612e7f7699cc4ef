using BenchmarkDotNet.Attributes;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Benchmarks;

/// <summary>
/// A reference line, not a transport: one thread copying the same 16 MiB in the same chunks from
/// the same 1 MiB source into a 1 MiB destination (the size of a shared ring), on one core with
/// no process boundary. What copying alone costs; a stream between two cores also pays for the
/// other core reading the bytes, which is what <see cref="FloorThroughput"/> measures.
/// </summary>
public class MemcpyThroughput
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

        // The copy must really have happened, or the figure is a fiction (both ends: comparing all of it would double the work measured).
        if (_destination[^1] != _source[^1] || _destination[0] != _source[0])
        {
            throw new InvalidDataException($"{nameof(MemcpyThroughput)}: the copy did not land");
        }
    }
}

using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Benchmarks;

/// <summary>
/// The fastest one-way stream between the two CPUs: the Floor's bare byte ring, each byte copied
/// in once by the client and hashed in place once by the peer. The floor for every Throughput.
/// </summary>
public class FloorThroughput : ThroughputBenchmark
{
    protected override Transport CreateTransport() => new FloorTransport();
}

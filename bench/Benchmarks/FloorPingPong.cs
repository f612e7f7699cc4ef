using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Benchmarks;

/// <summary>The fastest cross-process round trip this machine allows: the floor for every PingPong.</summary>
public class FloorPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new FloorTransport();
}

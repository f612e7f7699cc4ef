using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;

namespace IpcBench.Bench.Benchmarks;

public class FifoPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new FifoTransport();
}

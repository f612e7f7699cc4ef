using BenchmarkDotNet.Attributes;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Benchmarks;

public class ShmThroughput : ThroughputBenchmark
{
    [Params(WaitStrategy.Spin, WaitStrategy.Hybrid, WaitStrategy.Block, WaitStrategy.Semaphore)]
    public WaitStrategy Wait { get; set; }

    protected override Transport CreateTransport() => new ShmTransport(Wait);
}

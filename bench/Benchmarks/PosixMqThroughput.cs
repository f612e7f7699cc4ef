using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;

namespace IpcBench.Bench.Benchmarks;

public class PosixMqThroughput : ThroughputBenchmark
{
    protected override Transport CreateTransport() => new PosixMqTransport();
}

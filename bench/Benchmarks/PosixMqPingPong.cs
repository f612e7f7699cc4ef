using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;

namespace IpcBench.Bench.Benchmarks;

public class PosixMqPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new PosixMqTransport();
}

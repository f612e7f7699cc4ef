using IpcBench.Bench.Scenarios;
using IpcBench.Transports;
using IpcBench.Transports.Messages;

namespace IpcBench.Bench.Benchmarks;

public class PosixMqPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new PosixMqTransport();
}

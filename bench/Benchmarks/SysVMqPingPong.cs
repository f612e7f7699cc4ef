using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;

namespace IpcBench.Bench.Benchmarks;

public class SysVMqPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new SysVMqTransport();
}

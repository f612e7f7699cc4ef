using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Wakeups;

namespace IpcBench.Bench.Benchmarks;

public class DotNetSignalPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new DotNetSignalTransport();
}

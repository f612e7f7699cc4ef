using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Wakeups;

namespace IpcBench.Bench.Benchmarks;

public class FutexPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new FutexTransport();
}

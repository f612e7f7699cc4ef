using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class TcpVethThroughput : ThroughputBenchmark
{
    protected override Transport CreateTransport() => new TcpVethTransport();
}

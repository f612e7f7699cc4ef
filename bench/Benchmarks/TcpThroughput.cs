using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class TcpThroughput : ThroughputBenchmark
{
    protected override Transport CreateTransport() => new TcpTransport();
}

using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class TcpRemoteThroughput : ThroughputBenchmark
{
    protected override Transport CreateTransport() => new TcpRemoteTransport();
}

using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class TcpRemotePingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new TcpRemoteTransport();
}

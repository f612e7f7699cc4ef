using IpcBench.Bench.Scenarios;
using IpcBench.Transports;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class DotNetPipePingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new DotNetPipeTransport();
}

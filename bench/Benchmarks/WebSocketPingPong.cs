using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Web;

namespace IpcBench.Bench.Benchmarks;

public class WebSocketPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new WebSocketTransport();
}

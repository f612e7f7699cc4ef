using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Web;

namespace IpcBench.Bench.Benchmarks;

public class HttpPingPong : PingPongBenchmark
{
    protected override Transport CreateTransport() => new HttpTransport();
}

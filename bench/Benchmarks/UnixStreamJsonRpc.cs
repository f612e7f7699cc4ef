using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.Benchmarks;

public class UnixStreamJsonRpc : JsonRpcBenchmark
{
    protected override Transport CreateTransport() => new UnixStreamTransport();
}

using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Runtimes;

namespace IpcBench.Bench.Benchmarks;

public class NodeUnixJsonRpc : JsonRpcBenchmark
{
    protected override Transport CreateTransport() => new NodeUnixTransport();
}

using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;

namespace IpcBench.Bench.Benchmarks;

public class StdioJsonRpc : JsonRpcBenchmark
{
    protected override Transport CreateTransport() => new StdioTransport();
}

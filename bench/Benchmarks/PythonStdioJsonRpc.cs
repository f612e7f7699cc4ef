using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Runtimes;

namespace IpcBench.Bench.Benchmarks;

public class PythonStdioJsonRpc : JsonRpcBenchmark
{
    protected override Transport CreateTransport() => new PythonStdioTransport();
}

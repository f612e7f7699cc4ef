using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Harness;

try
{
    IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
        .Run(BenchSettings.Extract(args), BenchConfig.Create());
    // A case that threw (a dead peer, a wrong echo) has no result: the run must not look green.
    bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
    return failed ? 1 : 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"ipcbench: {e.Message}");
    return 2;
}

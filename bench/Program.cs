using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Gate;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Reporting;
using IpcBench.Transports.Catalog;

try
{
    if (args.Length > 0 && args[0] == "report")
    {
        return ReportCommand.Run(args[1..]);
    }

    if (args.Length > 0 && args[0] == "gate")
    {
        return GateCommand.Run(args[1..]);
    }

    if (args.Length > 0 && args[0] == "latency")
    {
        return LatencyCommand.Run(args[1..]);
    }

    if (args.Length > 0 && args[0] == "cleanup")
    {
        IReadOnlyList<string> removed = TransportCatalog.CleanLeftovers();
        Console.WriteLine(removed.Count == 0 ? "nothing left over by earlier runs" : $"removed {removed.Count} leftover(s):\n  {string.Join("\n  ", removed)}");
        return 0;
    }

    // Objects a crashed earlier run could not remove go before this run makes new ones.
    foreach (string leftover in TransportCatalog.CleanLeftovers())
    {
        Console.WriteLine($"// IpcBench: removed a leftover of an earlier run: {leftover}");
    }

    DateTime started = DateTime.UtcNow;
    Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BenchSettings.Extract(args), BenchConfig.Create())];
    if (summaries.Length == 0 && !args.Any(a => a is "--list" or "--help" or "-h" or "-?" or "--version" or "--info"))
    {
        Console.Error.WriteLine("ipcbench: no benchmark ran: check the options and the filter (globs such as '*Tcp*'; --list flat shows every case)");
        return 2;
    }

    ReportCommand.AfterRun(summaries, started);
    // A case that threw (a dead peer, a wrong echo) has no result: the run must not look green.
    bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
    return failed ? 1 : 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"ipcbench: {e.Message}");
    return 2;
}

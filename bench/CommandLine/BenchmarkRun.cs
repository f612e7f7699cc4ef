using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Results;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// The main job: BenchmarkDotNet with every option it knows, then the report of what this run
/// measured. Leftovers of crashed earlier runs are removed first.
/// </summary>
public static class BenchmarkRun
{
    /// <param name="claims">Also run the interleaved claims check afterwards, so that the report's verdicts come from it.</param>
    /// <param name="useCases">Also run the interleaved use-case check afterwards, for the report's Use cases section.</param>
    public static int Run(Placement placement, bool claims, bool useCases, IReadOnlyList<string> bdnArguments)
    {
        BdnArguments.Validate(bdnArguments, personAtTerminal: !Console.IsInputRedirected && !Console.IsOutputRedirected);
        RunSettings.Placement = placement;
        foreach (string leftover in TransportCatalog.CleanLeftovers())
        {
            Console.WriteLine($"// IpcBench: removed a leftover of an earlier run: {leftover}");
        }

        DateTime started = DateTime.UtcNow;
        Summary[] summaries = [.. Switcher.Run([.. bdnArguments], BenchConfig.Create())];
        if (summaries.Length == 0 && !bdnArguments.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--info" or "--version"))
        {
            throw new UsageException("no benchmark ran: check the options and the filter (globs such as '*Tcp*'; --list flat shows every case)");
        }

        if (claims && summaries.Length > 0)
        {
            Console.WriteLine("// IpcBench: the interleaved claims check (the report's verdicts come from it)");
            ClaimsVerb.Run(new ClaimsVerb.Settings(CheckCase.All, ClaimsVerb.DefaultRounds, TimeSpan.FromMilliseconds(ClaimsVerb.DefaultSliceMilliseconds), placement));
        }

        if (useCases && summaries.Length > 0)
        {
            Console.WriteLine("// IpcBench: the interleaved use-case check (the report's Use cases section comes from it)");
            UseCasesVerb.Run(UseCasesVerb.DefaultRounds, placement);
        }

        if (Environment.GetEnvironmentVariable(ReportFolders.NoReportVariable) is null)
        {
            WriteReport(summaries, started);
        }

        // A case that threw (a dead peer, a wrong echo) has no result: the run must not look green.
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }

    public static BenchmarkSwitcher Switcher => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkRun).Assembly);

    /// <summary>Reports the full-JSON files this run wrote (the results folder also holds older ones).</summary>
    private static void WriteReport(IReadOnlyList<Summary> summaries, DateTime startedUtc)
    {
        string[] files = [.. summaries
            .Select(s => s.ResultsDirectoryPath)
            .Distinct()
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, ResultsReader.FilePattern))
            .Where(file => File.GetLastWriteTimeUtc(file) >= startedUtc)];
        if (files.Length == 0)
        {
            return;
        }

        string folder = ReportWriter.FromFiles(files, ReportFolders.DefaultRoot);
        Console.WriteLine($"// IpcBench report: {Path.Combine(folder, "index.html")} (also {ReportFolders.Latest(ReportFolders.DefaultRoot)})");
    }
}

using BenchmarkDotNet.Reports;
using IpcBench.Bench.Harness;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// <c>report --from FOLDER [--out FOLDER]</c>: the report of existing BenchmarkDotNet results;
/// and the report written after every benchmark run.
/// </summary>
public static class ReportCommand
{
    public static string DefaultReportsRoot => Path.Combine(BenchConfig.RepositoryRoot(), "reports");

    public static int Run(string[] args)
    {
        string? from = null;
        string output = DefaultReportsRoot;
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--from":
                    from = value;
                    break;
                case "--out":
                    output = value;
                    break;
                default:
                    throw new ArgumentException($"unknown report option '{args[i]}': use --from FOLDER [--out FOLDER]");
            }

            i++;
        }

        string folder = ReportBuilder.FromFolder(from ?? throw new ArgumentException("report needs --from FOLDER (a BenchmarkDotNet artifacts or results folder)"), output);
        Console.WriteLine($"report written to {folder} (and {Path.Combine(output, "latest")})");
        return 0;
    }

    /// <summary>Reports the full-JSON files this run wrote (the results folder also holds older ones).</summary>
    public static void AfterRun(IReadOnlyList<Summary> summaries, DateTime startedUtc)
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

        string folder = ReportBuilder.FromFiles(files, DefaultReportsRoot);
        Console.WriteLine($"// IpcBench report: {Path.Combine(folder, "index.html")} (also reports/latest/)");
    }
}

using System.CommandLine;
using IpcBench.Bench.Reporting;

namespace IpcBench.Bench.CommandLine;

/// <summary><c>report --from DIR [--out DIR]</c>: the report of existing BenchmarkDotNet results.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "A BenchmarkDotNet artifacts or results folder (full-JSON results are searched below it)", Required = true };
        var output = new Option<string>("--out") { Description = "The reports root: the report goes to OUT/RUN-ID and OUT/latest", DefaultValueFactory = _ => ReportFolders.DefaultRoot };
        var command = new Command("report", "Write the report (CSV, charts, index.html) of existing BenchmarkDotNet results") { from, output };
        command.SetAction(result =>
        {
            string root = result.GetValue(output)!;
            string folder = ReportWriter.FromFolder(result.GetValue(from)!, root);
            Console.WriteLine($"report written to {folder} (and {ReportFolders.Latest(root)})");
            return 0;
        });
        return command;
    }
}

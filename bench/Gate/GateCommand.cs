using IpcBench.Bench.Reporting;
using Perfolizer.Metrology;

namespace IpcBench.Bench.Gate;

/// <summary>
/// <c>gate --baseline DIR --current DIR [--threshold 30%] [--markdown FILE] [--csv FILE]</c>.
/// Exit code 0: no case slower; 1: a case is significantly slower or failed; 2: bad input.
/// </summary>
public static class GateCommand
{
    public static int Run(string[] args)
    {
        Dictionary<string, string> options = Parse(args);
        string baselineFolder = options.GetValueOrDefault("--baseline") ?? throw new ArgumentException("gate needs --baseline DIR");
        string currentFolder = options.GetValueOrDefault("--current") ?? throw new ArgumentException("gate needs --current DIR");
        string thresholdText = options.GetValueOrDefault("--threshold", RegressionGate.DefaultThreshold);
        if (!Threshold.TryParse(thresholdText, out Threshold threshold))
        {
            throw new ArgumentException($"cannot read threshold '{thresholdText}': use a percentage such as 30%");
        }

        IReadOnlyList<BenchmarkResult> baseline = ResultsReader.ReadFolder(baselineFolder).Results;
        IReadOnlyList<BenchmarkResult> current = ResultsReader.ReadFolder(currentFolder).Results;
        IReadOnlyList<GateRow> rows = new RegressionGate(threshold, RegressionGate.DefaultSignificance).Compare(baseline, current);

        Console.Write(GateTable.Text(rows));
        if (options.TryGetValue("--markdown", out string? markdown))
        {
            File.WriteAllText(markdown, GateTable.Markdown(rows, thresholdText));
        }

        if (options.TryGetValue("--csv", out string? csv))
        {
            GateTable.WriteCsv(csv, rows);
        }

        int failing = rows.Count(r => r.FailsGate);
        int undecided = rows.Count(r => r.Verdict == GateVerdict.TooFewSamples);
        Console.WriteLine(failing == 0
            ? $"gate passed: no case slower than the baseline by more than {thresholdText}" + (undecided > 0 ? $" ({undecided} with too few samples to decide: use the CI profile)" : "")
            : $"gate FAILED: {failing} case(s) slower by more than {thresholdText} or failed");
        return failing == 0 ? 0 : 1;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        string[] known = ["--baseline", "--current", "--threshold", "--markdown", "--csv"];
        var options = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i]))
            {
                throw new ArgumentException($"unknown gate option '{args[i]}': use {string.Join(", ", known)}");
            }

            options[args[i]] = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
        }

        return options;
    }
}

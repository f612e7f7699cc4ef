using System.CommandLine;
using IpcBench.Bench.Gate;
using IpcBench.Bench.Results;
using Perfolizer.Metrology;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>gate --baseline DIR --current DIR [--threshold 30%] [--markdown FILE] [--csv FILE]</c>.
/// Exit code 0: no case slower; 1: a case is significantly slower or failed; 2: bad input.
/// </summary>
public static class GateVerb
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "Full-JSON results of the baseline run (a folder)", Required = true };
        var current = new Option<string>("--current") { Description = "Full-JSON results of the run to check (a folder)", Required = true };
        var threshold = new Option<Threshold>("--threshold")
        {
            Description = $"The smallest slowdown that fails the gate, with its unit: a percentage (30%) or a factor (1.3x); default {RegressionGate.DefaultThreshold}",
            DefaultValueFactory = _ => Threshold.Parse(RegressionGate.DefaultThreshold),
            CustomParser = result =>
            {
                if (RegressionGate.TryParseThreshold(result.Tokens[0].Value, out Threshold parsed, out string error))
                {
                    return parsed;
                }

                result.AddError(error);
                return parsed;
            },
        };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table as Markdown, for a pull-request comment" };
        var csv = new Option<string?>("--csv") { Description = "Also write the table as CSV" };
        var command = new Command("gate", "Fail when a benchmark case got significantly slower than in the baseline run (Mann-Whitney, per case)")
        {
            baseline, current, threshold, markdown, csv,
        };
        command.SetAction(result =>
        {
            Threshold limit = result.GetValue(threshold)!;
            string thresholdText = limit.ToString();
            IReadOnlyList<BenchmarkResult> before = ResultsReader.ReadFolder(result.GetValue(baseline)!).Results;
            IReadOnlyList<BenchmarkResult> after = ResultsReader.ReadFolder(result.GetValue(current)!).Results;
            IReadOnlyList<GateRow> rows = new RegressionGate(limit, RegressionGate.DefaultSignificance).Compare(before, after);
            if (!rows.Any(r => r.Compared))
            {
                throw new UsageException($"nothing to compare: no case of the current run is in the baseline ({rows.Count(r => r.Verdict == GateVerdict.Missing)} missing, {rows.Count(r => r.Verdict == GateVerdict.New)} new)");
            }

            foreach (string warning in RegressionGate.ProfileWarnings(before, after))
            {
                Console.WriteLine($"warning: {warning}");
            }

            Console.Write(GateTable.Text(rows));
            if (result.GetValue(markdown) is string markdownPath)
            {
                File.WriteAllText(markdownPath, GateTable.Markdown(rows, thresholdText));
            }

            if (result.GetValue(csv) is string csvPath)
            {
                GateTable.WriteCsv(csvPath, rows);
            }

            int failing = rows.Count(r => r.FailsGate);
            int undecided = rows.Count(r => r.Verdict == GateVerdict.TooFewSamples);
            Console.WriteLine(failing == 0
                ? $"gate passed: no case slower than the baseline by more than {thresholdText}" + (undecided > 0 ? $" ({undecided} with too few samples to decide: use the CI profile)" : "")
                : $"gate FAILED: {failing} case(s) slower by more than {thresholdText} or failed");
            return failing == 0 ? 0 : 1;
        });
        return command;
    }
}

using CsvHelper;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Bench.Rounds;

/// <summary>
/// A check as files: rounds.csv holds every slice's figure, run.json (<see cref="RunStamp"/>) when
/// and by which build it was measured. Verdicts are not stored: they are judged again from the
/// figures whenever a report needs them.
/// </summary>
public static class CheckRunFiles
{
    public const string RoundsFile = "rounds.csv";

    public static void Write(string folder, CheckRun run)
    {
        using (CsvWriter csv = CsvWriter.ToFile(Path.Combine(folder, RoundsFile), null, FileOptions.None))
        {
            csv.WriteRecords(Enumerable.Range(0, run.Rounds).SelectMany(r => run.Cases.Select((c, i) =>
                new RoundRow(r + 1, c.Transport.Name, c.Transport.Variant, c.Scenario.ToString(), c.Bytes, run.Figures[r][i], c.Unit))));
        }

        new RunStamp(run.Build, run.StartedUtc, run.FinishedUtc, run.Placement, run.Slice.TotalMilliseconds).Write(folder);
    }

    /// <summary>The check in a folder, or null when the folder has none.</summary>
    public static CheckRun? Read(string folder)
    {
        string rounds = Path.Combine(folder, RoundsFile);
        if (!File.Exists(rounds) || RunStamp.Read(folder) is not RunStamp run)
        {
            return null;
        }

        List<RoundRow> rows;
        using (CsvReader csv = CsvReader.FromFile(rounds, null, FileOptions.None))
        {
            // CSV has no null: a transport without variants comes back with an empty one.
            rows = [.. csv.GetRecords<RoundRow>().Select(r => string.IsNullOrEmpty(r.Variant) ? r with { Variant = null } : r)];
        }

        List<CheckCase> cases = [.. rows.Select(r => new CheckCase(TransportCatalog.Find(r.Transport, r.Variant), Enum.Parse<Scenario>(r.Scenario), r.Bytes)).Distinct()];
        List<IReadOnlyList<double>> figures = [.. rows.GroupBy(r => r.Round).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<double>)[.. cases.Select(c => g.FirstOrDefault(r => r.Transport == c.Transport.Name && r.Variant == c.Transport.Variant && r.Scenario == c.Scenario.ToString() && r.Bytes == c.Bytes)?.Figure ?? double.NaN)])];
        return new CheckRun(cases, figures, run.Placement, TimeSpan.FromMilliseconds(run.SliceMilliseconds ?? 0), run.Build, run.StartedUtc, run.FinishedUtc);
    }
}

/// <summary>One slice of rounds.csv: the figure is ns per round trip or MiB/s, as the unit says.</summary>
[CsvRecord]
public sealed partial record RoundRow(int Round, string Transport, string? Variant, string Scenario, int Bytes, double Figure, string Unit);

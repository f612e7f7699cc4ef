using CsvHelper;

namespace IpcBench.Bench.Claims;

/// <summary>
/// How far each claim's median ratio moved between whole checks of the same build, as measured by
/// the reproducibility study (<c>scripts/reproducibility.sh</c>) and kept in the repository as
/// data: a check's interval is widened by it, so that a verdict also holds for the machine's other
/// moods, not only the one the check happened to meet.
/// </summary>
public static class RatioSpread
{
    public const string FileName = "ratio-spread.csv";

    /// <summary>The spread kept beside the executable (copied from bench/Claims/), or none.</summary>
    public static IReadOnlyDictionary<(string Claim, ClaimDimension Dimension), double> Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "Claims", FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<(string, ClaimDimension), double>();
        }

        using CsvReader csv = CsvReader.FromFile(path, null, FileOptions.None);
        return csv.GetRecords<RatioSpreadRow>().ToDictionary(r => (r.Claim, Enum.Parse<ClaimDimension>(r.Dimension)), r => r.Factor);
    }

    /// <summary>
    /// The factor for one claim and dimension from the medians of several checks: the largest over
    /// the smallest, so that widening any one check's interval by it reaches every other check's median.
    /// </summary>
    public static double FactorOf(IReadOnlyList<double> medians) => medians.Count < 2 ? 1 : medians.Max() / medians.Min();

    public static void Write(string path, IEnumerable<RatioSpreadRow> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(path, null, FileOptions.None);
        csv.WriteRecords(rows);
    }
}

/// <summary>One row of ratio-spread.csv.</summary>
[CsvRecord]
public sealed partial record RatioSpreadRow(string Claim, string Dimension, double Factor, int Checks, string MeasuredUtc);

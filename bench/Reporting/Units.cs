using System.Globalization;

namespace IpcBench.Bench.Reporting;

/// <summary>Every figure the suite prints or writes for a person, formatted in one place (invariant culture).</summary>
public static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A time in the unit that keeps it readable: ns, µs, ms or s.</summary>
    public static string Time(double? ns) => ns switch
    {
        null => "—",
        >= 1_000_000_000 => (ns.Value / 1_000_000_000).ToString("0.00", Invariant) + " s",
        >= 1_000_000 => (ns.Value / 1_000_000).ToString("0.00", Invariant) + " ms",
        >= 1_000 => (ns.Value / 1_000).ToString("0.00", Invariant) + " µs",
        _ => ns.Value.ToString("0.0", Invariant) + " ns",
    };

    /// <summary>A size in bytes as B or KiB (message and chunk sizes are powers of two).</summary>
    public static string Bytes(int? bytes) => bytes switch
    {
        null => "",
        >= 1024 * 1024 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 => $"{bytes / 1024} KiB",
        _ => $"{bytes} B",
    };

    public static string MiBPerSecond(double? mibs) => mibs is double m ? m.ToString("N0", Invariant) + " MiB/s" : "—";

    /// <summary>A plain number with thousands separators, for table cells whose header carries the unit.</summary>
    public static string Number(double? value) => value is double v ? v.ToString("N0", Invariant) : "—";

    /// <summary>A ratio: <c>1.35</c>, or a dash.</summary>
    public static string Ratio(double? ratio) => ratio is double r ? r.ToString("0.00", Invariant) : "—";

    /// <summary>A ratio as a factor: <c>1.4x</c>.</summary>
    public static string Factor(double? ratio) => ratio is double r ? r.ToString("0.0", Invariant) + "x" : "n/a";
}

using IpcBench.Bench.Claims;

namespace IpcBench.Bench.Reporting;

/// <summary>One row of claims.csv: a claim on one dimension (latency, throughput) or combined; ratios above 1 are behind.</summary>
[CsvHelper.CsvRecord]
public sealed partial record ClaimRow(
    string Mechanism,
    string Claimed,
    string Sources,
    string Transports,
    string Dimension,
    string? Variant,
    double? RatioMedian,
    double? RatioLow,
    double? RatioHigh,
    int? Rounds,
    string? Boundary,
    string Verdict,
    string Reason,
    string? Caveat)
{
    public const string Combined = "combined";

    public static IEnumerable<ClaimRow> From(ClaimVerdict v)
    {
        string sources = string.Join("; ", v.Claim.Sources);
        string transports = string.Join(' ', v.Claim.Transports);
        foreach (ClaimDimension dimension in Enum.GetValues<ClaimDimension>())
        {
            DimensionVerdict? d = dimension == ClaimDimension.Latency ? v.Latency : v.Throughput;
            yield return d is null
                ? new(v.Claim.Mechanism, v.Claim.Claimed, sources, transports, Word(dimension), null, null, null, null, null, null, Verdicts.NotMeasured, "no figures of this dimension in the check", v.Claim.Caveat)
                : new(v.Claim.Mechanism, v.Claim.Claimed, sources, transports, Word(dimension), d.Variant, d.Ratio.Median, d.Ratio.Low, d.Ratio.High, d.Ratio.Rounds, d.Boundary, d.Verdict, d.Reason, v.Claim.Caveat);
        }

        yield return new(v.Claim.Mechanism, v.Claim.Claimed, sources, transports, Combined, null, null, null, null, null, null, v.Verdict, v.Reason, v.Claim.Caveat);
    }

    private static string Word(ClaimDimension dimension) => dimension.ToString().ToLowerInvariant();
}

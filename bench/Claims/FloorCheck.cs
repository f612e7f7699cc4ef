using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Bench.Claims;

/// <summary>
/// Every variant's round trip against the Floor's, ratio per round of the interleaved check, as a
/// median with its interval. The Floor is what no transport can beat: if a variant's whole interval
/// lies below 1, the Floor is wrong, and the report says so instead of presenting it as a floor.
/// </summary>
public static class FloorCheck
{
    public sealed record Row(string Variant, int Bytes, RatioInterval Ratio)
    {
        /// <summary>The variant beats the Floor beyond doubt: the Floor is no floor.</summary>
        public bool BeatsTheFloor => Ratio.High < 1;
    }

    public static IReadOnlyList<Row> Of(CheckRun run)
    {
        int floor = run.Cases.ToList().FindIndex(c => c.Transport.IsReference && c.Scenario == Scenario.PingPong);
        if (floor < 0)
        {
            return [];
        }

        return [.. run.Cases
            .Select((c, i) => (Case: c, Index: i))
            .Where(x => x.Case.Scenario == Scenario.PingPong && !x.Case.Transport.IsReference && x.Case.Transport.CarriesData)
            .Select(x => new Row(x.Case.Label, x.Case.Bytes, RatioInterval.Of(run.Figures.Select(round => round[x.Index] / round[floor]))!))
            .OrderBy(r => r.Ratio.Median)];
    }
}

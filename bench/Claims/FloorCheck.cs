using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Claims;

/// <summary>
/// Every variant's round trip and stream against the Floor's of the same size, ratio per round of
/// the interleaved check (times: a stream's ratio is the Floor's MiB/s over the variant's), as a
/// median with its interval. The Floor is what no transport can beat: if a variant's whole interval
/// lies below 1, the Floor is wrong, and the report says so instead of presenting it as a floor.
/// </summary>
public static class FloorCheck
{
    public sealed record Row(string Variant, int Bytes, RatioInterval Ratio, Scenario Scenario = Scenario.PingPong)
    {
        /// <summary>The variant beats the Floor beyond doubt: the Floor is no floor.</summary>
        public bool BeatsTheFloor => Ratio.High < 1;
    }

    public static IReadOnlyList<Row> Of(CheckRun run)
    {
        var floors = run.Cases.Select((c, i) => (Case: c, Index: i))
            .Where(x => x.Case.Transport.IsReference)
            .ToDictionary(x => (x.Case.Scenario, x.Case.Bytes), x => x.Index);
        return [.. run.Cases
            .Select((c, i) => (Case: c, Index: i))
            .Where(x => !x.Case.Transport.IsReference && x.Case.Transport.CarriesData && floors.ContainsKey((x.Case.Scenario, x.Case.Bytes)))
            .Select(x => (x.Case, Index: x.Index, Floor: floors[(x.Case.Scenario, x.Case.Bytes)]))
            .Select(x => new Row(x.Case.Label, x.Case.Bytes, RatioInterval.Of(run.Figures.Select(round => x.Case.Scenario == Scenario.PingPong ? round[x.Index] / round[x.Floor] : round[x.Floor] / round[x.Index]))!, x.Case.Scenario))
            .OrderBy(r => r.Scenario).ThenBy(r => r.Bytes).ThenBy(r => r.Ratio.Median)];
    }

    /// <summary>Shm's Spin wait against its Hybrid wait at each size measured, per round: Spin should never be slower.</summary>
    public static IReadOnlyList<Row> SpinAgainstHybrid(CheckRun run)
    {
        string spin = Transport.LabelOf(nameof(ShmTransport)[..^"Transport".Length], nameof(WaitStrategy.Spin));
        string hybrid = Transport.LabelOf(nameof(ShmTransport)[..^"Transport".Length], nameof(WaitStrategy.Hybrid));
        return [.. run.Cases.Select((c, i) => (Case: c, Index: i))
            .Where(x => x.Case.Scenario == Scenario.PingPong && x.Case.Label == spin)
            .Select(x => (Spin: x, Hybrid: run.Cases.Select((c, i) => (Case: c, Index: i)).FirstOrDefault(h => h.Case.Label == hybrid && h.Case.Scenario == Scenario.PingPong && h.Case.Bytes == x.Case.Bytes)))
            .Where(p => p.Hybrid.Case is not null)
            .Select(p => new Row($"{spin} ÷ {hybrid}", p.Spin.Case.Bytes, RatioInterval.Of(run.Figures.Select(round => round[p.Spin.Index] / round[p.Hybrid.Index]))!))];
    }
}

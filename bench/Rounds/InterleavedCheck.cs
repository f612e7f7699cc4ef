using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Rounds;

/// <summary>
/// Measures cases in randomized interleaved rounds (as Google Benchmark's random interleaving, and
/// Kalibera and Jones' "Rigorous benchmarking in reasonable time" recommend): each round runs one
/// short slice of every case, in a fresh random order, so that a change of machine speed during
/// the check falls on all cases alike and ratios taken within a round cancel it. Each slice has
/// its own peer process: a spinning peer left waiting would burn the peer CPU under every other
/// case, and fresh processes also sample where each process's memory and threads land. A first,
/// discarded round warms every code path of this process up (.NET tiers hot methods up only after
/// about 100 ms), so no measured slice runs on unoptimised code.
/// </summary>
public static class InterleavedCheck
{
    /// <param name="onSlice">Told before each slice: round, position in the round, and the case.</param>
    public static CheckRun Run(IReadOnlyList<CheckCase> cases, int rounds, TimeSpan slice, Placement placement, string build, Random random, Action<int, int, CheckCase>? onSlice = null)
    {
        CpuPlacement.PinClient(placement);
        foreach (CheckCase c in cases)
        {
            Slice.Measure(c, slice, placement);
        }

        DateTime started = DateTime.UtcNow;
        var figures = new List<IReadOnlyList<double>>(rounds);
        for (int round = 0; round < rounds; round++)
        {
            double[] figure = new double[cases.Count];
            int[] order = RoundOrder.Shuffle(cases.Count, random);
            for (int position = 0; position < order.Length; position++)
            {
                CheckCase c = cases[order[position]];
                onSlice?.Invoke(round, position, c);
                figure[order[position]] = Slice.Measure(c, slice, placement);
            }

            figures.Add(figure);
        }

        return new CheckRun(cases, figures, CpuPlacement.Describe(placement), slice, build, started, DateTime.UtcNow);
    }
}

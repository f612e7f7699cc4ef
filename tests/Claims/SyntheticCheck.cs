using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Tests.Claims;

/// <summary>
/// Checks made of chosen figures: every case at a base figure, with per-round noise and, if asked,
/// a machine that drifts (every figure of a round slowed by the same factor, as a VM's mood does).
/// </summary>
public static class SyntheticCheck
{
    /// <summary>Base round trips (ns) and streams (MiB/s) shaped like this VM's; anything unlisted gets 25 µs or 3,000 MiB/s.</summary>
    public static readonly Dictionary<string, double> RoundTripNs = new()
    {
        ["Floor"] = 200,
        ["Shm (Spin)"] = 900,
        ["Shm (Hybrid)"] = 950,
        ["Shm (Block)"] = 25_000,
        ["Shm (Semaphore)"] = 26_000,
        ["Signal"] = 120_000,
        ["Tcp"] = 35_000,
    };

    public static readonly Dictionary<string, double> StreamMiBs = new()
    {
        ["Floor"] = 12_000,
        ["Shm (Spin)"] = 10_000,
        ["Shm (Hybrid)"] = 9_000,
        ["Shm (Block)"] = 6_000,
        ["Shm (Semaphore)"] = 6_000,
        ["UnixStream"] = 5_000,
        ["AnonPipe"] = 1_000,
    };

    public static CheckRun Make(int rounds, double noise = 0.05, Func<int, double>? drift = null, IReadOnlyList<CheckCase>? cases = null, Func<CheckCase, double>? figure = null, int seed = 1)
    {
        cases ??= CheckCase.All;
        var figures = new List<IReadOnlyList<double>>();
        for (int r = 0; r < rounds; r++)
        {
            double slow = drift?.Invoke(r) ?? 1;
            int round = r;
            figures.Add([.. cases.Select(c =>
            {
                // Each case's noise depends on the case and the round only, so adding cases elsewhere changes no figure.
                double wobble = 1 + noise * (2 * new Random(unchecked((seed * 1_000_003) + (round * 7919) + StableHash($"{c.Label} {c.Scenario} {c.Bytes}"))).NextDouble() - 1);
                double baseFigure = figure?.Invoke(c) ?? Base(c);
                return c.Scenario == Scenario.PingPong ? baseFigure * wobble * slow : baseFigure * wobble / slow;
            })]);
        }

        return new CheckRun(cases, figures, "test", TimeSpan.FromMilliseconds(100), "test-build", DateTime.UtcNow, DateTime.UtcNow);
    }

    private static int StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char ch in text)
        {
            hash = (hash ^ ch) * 16777619;
        }

        return (int)hash;
    }

    public static double Base(CheckCase c) => c.Scenario == Scenario.PingPong
        ? RoundTripNs.GetValueOrDefault(c.Label, 25_000)
        : StreamMiBs.GetValueOrDefault(c.Label, 3_000);
}

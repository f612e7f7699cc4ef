namespace IpcBench.Bench.Gate;

/// <summary>Which build a launch of the A/B gate runs.</summary>
public enum Side
{
    /// <summary>The build of the git ref the change is compared against (A).</summary>
    Baseline,

    /// <summary>The build being checked, the working tree's (B).</summary>
    Current,
}

/// <summary>One launch of the A/B gate: a process of one build measuring one case, in one pair.</summary>
public readonly record struct Launch(int Pair, int Case, Side Side);

/// <summary>
/// The order of the A/B gate's launches. A pair is one baseline and one current launch of the same
/// case, back to back, so that both meet the same seconds of the machine (on this VM a blocking
/// round trip moves 3x between launches ten seconds apart, but a few percent between neighbours).
/// Each pair goes through every case in turn; which side goes first flips from case to case and
/// from pair to pair (A B, B A, ...), which cancels a drift that would otherwise favour the side
/// measured first.
/// </summary>
public static class LaunchOrder
{
    public static IReadOnlyList<Launch> Of(int pairs, int cases)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cases);
        var launches = new List<Launch>(2 * pairs * cases);
        for (int pair = 0; pair < pairs; pair++)
        {
            for (int c = 0; c < cases; c++)
            {
                (Side first, Side second) = (pair + c) % 2 == 0 ? (Side.Baseline, Side.Current) : (Side.Current, Side.Baseline);
                launches.Add(new Launch(pair, c, first));
                launches.Add(new Launch(pair, c, second));
            }
        }

        return launches;
    }
}

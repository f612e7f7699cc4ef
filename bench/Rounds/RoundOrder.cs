namespace IpcBench.Bench.Rounds;

/// <summary>
/// The order of one round: every case exactly once, shuffled afresh (Fisher–Yates), so that no
/// case always runs after a particular one or at a particular point of a round.
/// </summary>
public static class RoundOrder
{
    public static int[] Shuffle(int count, Random random)
    {
        int[] order = [.. Enumerable.Range(0, count)];
        random.Shuffle(order);
        return order;
    }
}

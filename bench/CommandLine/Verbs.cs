namespace IpcBench.Bench.CommandLine;

/// <summary>Finds the verb a person probably meant, for the one-line error on a typo.</summary>
public static class Verbs
{
    /// <summary>The known verb closest to <paramref name="typed"/> by edit distance, if it is close enough to be a typo.</summary>
    public static string? Closest(string typed, IEnumerable<string> verbs) =>
        verbs.Select(v => (Verb: v, Distance: Distance(typed.ToLowerInvariant(), v)))
            .Where(c => c.Distance <= Math.Max(2, c.Verb.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Verb)
            .FirstOrDefault();

    /// <summary>Damerau–Levenshtein distance (optimal string alignment): a swap of two letters counts once.</summary>
    public static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

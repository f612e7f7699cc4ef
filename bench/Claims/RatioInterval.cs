namespace IpcBench.Bench.Claims;

/// <summary>
/// The median of per-round ratios with a distribution-free confidence interval: the order
/// statistics x(k) and x(n+1−k) bracket the median with probability 1 − 2·P(Binomial(n, ½) ≤ k−1),
/// the largest k keeping that at least <see cref="Confidence"/>. It assumes nothing about the
/// shape of the ratios, only that rounds are independent, which interleaving makes them.
/// With fewer than 6 rounds no k reaches 95%: the interval is then the whole range.
/// </summary>
public sealed record RatioInterval(double Median, double Low, double High, int Rounds, double Coverage)
{
    public const double Confidence = 0.95;

    public static RatioInterval? Of(IEnumerable<double> ratios)
    {
        double[] x = [.. ratios.Where(double.IsFinite).Order()];
        int n = x.Length;
        if (n == 0)
        {
            return null;
        }

        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        int k = 1;
        while (k + 1 <= (n + 1) / 2 && 1 - 2 * BinomialCdf(n, k) >= Confidence)
        {
            k++;
        }

        return new RatioInterval(median, x[k - 1], x[n - k], n, 1 - 2 * BinomialCdf(n, k - 1));
    }

    /// <summary>The median of a sample (the mean of the middle two for an even count).</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The interval widened by a factor on both sides (a run-to-run spread measured apart).</summary>
    public RatioInterval Widen(double factor) => factor <= 1 ? this : this with { Low = Low / factor, High = High * factor };

    /// <summary>P(Binomial(n, ½) ≤ k), exactly: the sum of C(n, i) / 2^n for i ≤ k.</summary>
    public static double BinomialCdf(int n, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        double term = Math.Pow(0.5, n);
        double sum = 0;
        for (int i = 0; i <= k && i <= n; i++)
        {
            sum += term;
            term = term * (n - i) / (i + 1);
        }

        return sum;
    }
}

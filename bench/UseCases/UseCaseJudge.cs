using IpcBench.Bench.Claims;

namespace IpcBench.Bench.UseCases;

/// <summary>
/// The rules that turn measured ratios into standings and verdicts. A mechanism is among the best
/// for a workload when its interval lies within <see cref="AmongTheBest"/> of the best mechanism's
/// figure, and not among them when its interval lies wholly beyond; otherwise it is inconclusive.
/// A recommendation holds when every mechanism it names is among the best, does not hold when none
/// is, and holds in part when some are and some surely are not.
/// </summary>
public static class UseCaseJudge
{
    /// <summary>Within this factor of the best, a choice costs less than the machine's own moods move figures here (2–5x).</summary>
    public const double AmongTheBest = 2.0;

    public const string Best = "best";
    public const string Among = "among the best";
    public const string NotAmong = "not among the best";
    public const string Inconclusive = Verdicts.Inconclusive;
    public const string NotMeasured = Verdicts.NotMeasured;
    public const string CannotCross = "cannot cross";

    public const string Holds = Verdicts.Holds;
    public const string Partly = "holds in part";
    public const string DoesNotHold = Verdicts.DoesNotHold;

    public static string Standing(RatioInterval ratio, bool isBest) =>
        isBest ? Best
        : ratio.High <= AmongTheBest ? Among
        : ratio.Low > AmongTheBest ? NotAmong
        : Inconclusive;

    /// <summary>The verdict on one recommendation, from its rows.</summary>
    public static string Verdict(IReadOnlyList<UseCaseRow> rows)
    {
        UseCaseRow[] named = [.. rows.Where(r => r.Recommended)];
        if (named.Length == 0 || named.All(r => r.Standing == NotMeasured) || rows.Count(r => r.Median is not null) < 2)
        {
            return NotMeasured;
        }

        UseCaseRow[] judged = [.. named.Where(r => r.Standing != NotMeasured)];
        bool IsGood(UseCaseRow r) => r.Standing is Best or Among;
        bool IsBad(UseCaseRow r) => r.Standing is NotAmong or CannotCross;
        return judged.All(IsGood) ? Holds
            : judged.All(IsBad) ? DoesNotHold
            : judged.Any(IsGood) && judged.All(r => IsGood(r) || IsBad(r)) ? Partly
            : Inconclusive;
    }
}

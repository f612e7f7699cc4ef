using IpcBench.Bench.Rounds;

namespace IpcBench.Bench.Claims;

/// <summary>What a check found, in a sentence or two made from its figures (never written by hand).</summary>
public static class Findings
{
    public static string Summarize(CheckRun run, IReadOnlyList<ClaimVerdict> verdicts)
    {
        int measured = verdicts.Count(v => v.Verdict != Verdicts.NotMeasured);
        string Count(string verdict) => $"{verdicts.Count(v => v.Verdict == verdict)} {verdict}";
        string tally = $"Of the seed's {verdicts.Count} distinct claims, {measured} were measured side by side in {run.Rounds} interleaved rounds: " +
            $"{Count(Verdicts.Holds)}, {Count(Verdicts.DoesNotHold)}, {Count(Verdicts.Inconclusive)}.";
        string[] decided = [.. verdicts.Where(v => v.Verdict is Verdicts.Holds or Verdicts.DoesNotHold).Select(v => $"{v.Claim.Mechanism} {v.Claim.Claimed} {v.Verdict}")];
        string[] open = [.. verdicts.Where(v => v.Verdict == Verdicts.Inconclusive).Select(v => $"{v.Claim.Mechanism} {v.Claim.Claimed}")];
        return tally
            + (decided.Length > 0 ? $" Decided: {string.Join("; ", decided)}." : "")
            + (open.Length > 0 ? $" Too close to a boundary to decide on this machine: {string.Join("; ", open)}." : "");
    }
}

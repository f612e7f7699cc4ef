using IpcBench.Bench.Claims;
using IpcBench.Bench.Rounds;

namespace IpcBench.Bench.Reporting;

/// <summary>An interleaved check with the verdicts judged on it, the sentence that sums them up, and every variant against the Floor.</summary>
public sealed record ClaimsCheck(CheckRun Run, IReadOnlyList<ClaimVerdict> Verdicts, string Findings, IReadOnlyList<FloorCheck.Row> Floor, IReadOnlyList<FloorCheck.Row> SpinAgainstHybrid)
{
    public static ClaimsCheck Judge(CheckRun run)
    {
        IReadOnlyList<ClaimVerdict> verdicts = CheckJudge.Judge(run, RatioSpread.Load());
        return new ClaimsCheck(run, verdicts, Claims.Findings.Summarize(run, verdicts), FloorCheck.Of(run), FloorCheck.SpinAgainstHybrid(run));
    }
}

using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Rounds;

/// <summary>
/// What an interleaved check measured: for each round and case, the slice's figure (ns per round
/// trip or MiB/s), with when and by which build. Figures of one round were measured within
/// seconds of each other, so ratios between them cancel the machine's mood.
/// </summary>
public sealed record CheckRun(
    IReadOnlyList<CheckCase> Cases,
    IReadOnlyList<IReadOnlyList<double>> Figures,
    string Placement,
    TimeSpan Slice,
    string Build,
    DateTime StartedUtc,
    DateTime FinishedUtc)
{
    public int Rounds => Figures.Count;

    /// <summary>The figures of one case over the rounds.</summary>
    public IEnumerable<double> Of(CheckCase c)
    {
        int index = Cases.ToList().IndexOf(c);
        return Figures.Select(round => round[index]);
    }
}

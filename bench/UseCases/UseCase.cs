namespace IpcBench.Bench.UseCases;

/// <summary>
/// One recommendation of the seed's use-case table, with the workload that stands for it and the
/// mechanisms it is measured against. A recommendation holds when every mechanism it names is
/// among the best for the workload (<see cref="UseCaseJudge"/>).
/// </summary>
public sealed record UseCase(string Title, string Recommendation, string Workload, string Unit, IReadOnlyList<Candidate> Candidates)
{
    public const string PerCall = "per call";
    public const string MiBPerSecond = "MiB/s";
}

/// <param name="Label">What the reader sees: <c>Unix socket</c>, <c>HTTP/1.1 POST</c>.</param>
/// <param name="Recommended">Whether the seed's table names this mechanism for the use case.</param>
/// <param name="Path">What is measured, shared between use cases and the JSON-RPC split by its key.</param>
public sealed record Candidate(string Label, bool Recommended, PathSpec Path);

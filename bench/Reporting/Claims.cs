using IpcBench.Transports.Contracts;

namespace IpcBench.Bench.Reporting;

/// <summary>One speed claim of the seed document and the transports that stand for its mechanism.</summary>
public sealed record Claim(string Source, string Mechanism, string Claimed, SpeedTier? ClaimedTier, string[] Transports, string? Caveat);

/// <summary>A claim set against the measurements.</summary>
public sealed record ClaimVerdict(
    Claim Claim,
    string? LatencyVariant,
    string? ThroughputVariant,
    double? LatencyNs,
    double? LatencyRatio,
    SpeedTier? LatencyTier,
    double? MiBPerSecond,
    double? ThroughputRatio,
    SpeedTier? ThroughputTier,
    SpeedTier? MeasuredTier,
    string Verdict,
    string Reason);

/// <summary>The seed document's claims, and how each is judged.</summary>
public static class Claims
{
    public const string Holds = "holds";
    public const string DoesNotHold = "does not hold";
    public const string NotMeasured = "not measured";

    private const string Table1 = "seed table 1";
    private const string Table2 = "seed table 2";
    private const string Text = "seed text";

    private static readonly string[] Pipe = ["AnonPipe"];
    private static readonly string[] Fifo = ["Fifo"];
    private static readonly string[] Queue = ["PosixMq", "SysVMq"];
    private static readonly string[] SharedMemory = ["Shm"];
    private static readonly string[] Socket = ["Tcp", "UnixStream", "UnixDgram", "DotNetPipe"];
    private static readonly string[] Stdio = ["Stdio"];

    private const string StdioIsPipe = "stdio is an anonymous pipe on Linux, so the document's 'pipe medium' and 'stdio high/fast' contradict each other";
    private const string SemaphoreNoData = "a semaphore carries no data: only its wake-up round trip can be measured";
    private const string SignalNoData = "a signal carries no data: only its wake-up round trip can be measured";

    public static IReadOnlyList<Claim> All { get; } =
    [
        new(Table1, "Pipe", "medium", SpeedTier.Medium, Pipe, null),
        new(Table1, "FIFO", "medium", SpeedTier.Medium, Fifo, null),
        new(Table1, "Message queue", "medium", SpeedTier.Medium, Queue, null),
        new(Table1, "Signal", "high", SpeedTier.High, ["Signal"], SignalNoData),
        new(Table1, "Shared memory", "high", SpeedTier.High, SharedMemory, null),
        new(Table1, "Semaphore", "high", SpeedTier.High, ["Semaphore"], SemaphoreNoData),
        new(Table1, "Socket", "low", SpeedTier.Low, Socket, "DotNetPipe counts as a socket: .NET named pipes are Unix-domain sockets on Linux"),
        new(Table1, "Stdio", "high", SpeedTier.High, Stdio, StdioIsPipe),
        new(Table2, "Pipe", "medium", SpeedTier.Medium, Pipe, null),
        new(Table2, "FIFO", "medium", SpeedTier.Medium, Fifo, null),
        new(Table2, "Message queue", "medium", SpeedTier.Medium, Queue, null),
        new(Table2, "Shared memory", "high", SpeedTier.High, SharedMemory, null),
        new(Table2, "Semaphore", "high", SpeedTier.High, ["Semaphore"], SemaphoreNoData),
        new(Table2, "Socket", "slow", SpeedTier.Low, Socket, "DotNetPipe counts as a socket: .NET named pipes are Unix-domain sockets on Linux"),
        new(Table2, "Stdio", "fast", SpeedTier.High, Stdio, StdioIsPipe),
        new(Text, "Shared memory", "the fastest of all", null, SharedMemory, null),
        new(Text, "Shared memory + semaphore", "recommended for high-speed bulk data", null, ["Shm"], "measured as Shm with the Block wait: a futex in the mapping, posted per message"),
    ];

    /// <param name="latency">The newest latency run, if any: where a claim is judged on latency, its p99 is weighed too.</param>
    public static IReadOnlyList<ClaimVerdict> Judge(IReadOnlyList<BenchmarkResult> results, IReadOnlyList<Latency.LatencyRow>? latency = null)
    {
        Figures figures = Figures.From(results);
        return [.. All.Select(claim => WithTail(Judge(claim, figures), latency ?? []))];
    }

    /// <summary>
    /// For a claim judged on latency, the same rule applied to p99 of back-to-back round trips
    /// (from the latency verb): where the tail puts the mechanism in another tier and so would
    /// change the verdict, the reason says so.
    /// </summary>
    private static ClaimVerdict WithTail(ClaimVerdict verdict, IReadOnlyList<Latency.LatencyRow> latency)
    {
        List<Latency.LatencyRow> backToBack = [.. latency.Where(r => r.RequestedRatePerSecond is null && r.Transport != "Floor")];
        long? best = backToBack.Where(r => r.SizeBytes > 0).Select(r => (long?)r.P99Ns).Min();
        long? mine = backToBack.Where(r => verdict.Claim.Transports.Contains(r.Transport)).Select(r => (long?)r.P99Ns).Min();
        if (verdict.ThroughputTier is not null || verdict.LatencyTier is null || verdict.Claim.ClaimedTier is null || best is not > 0 || mine is null)
        {
            return verdict;
        }

        SpeedTier tail = TieringRule.FromRatio((double)mine.Value / best.Value);
        bool tailHolds = tail == verdict.Claim.ClaimedTier;
        bool medianHolds = verdict.Verdict == Holds;
        return tailHolds == medianHolds
            ? verdict with { Reason = $"{verdict.Reason}; p99 agrees ({tail.ToString().ToLowerInvariant()})" }
            : verdict with { Reason = $"{verdict.Reason}; but at p99 it is {tail.ToString().ToLowerInvariant()}, which would {(tailHolds ? "uphold" : "refute")} the claim" };
    }

    private static ClaimVerdict Judge(Claim claim, Figures figures)
    {
        if (claim.Mechanism == "Shared memory + semaphore")
        {
            return JudgeSharedMemoryWithSemaphore(claim, figures);
        }

        (string Transport, double Ns)? latency = figures.BestLatency(claim.Transports);
        (string Transport, double MiBs)? throughput = figures.BestThroughput(claim.Transports);
        double? latencyRatio = latency is { } l && figures.FastestLatencyNs is double fastest ? l.Ns / fastest : null;
        double? throughputRatio = throughput is { } t && figures.FastestMiBs is double top ? top / t.MiBs : null;
        SpeedTier? latencyTier = latencyRatio is double lr ? TieringRule.FromRatio(lr) : null;
        SpeedTier? throughputTier = throughputRatio is double tr ? TieringRule.FromRatio(tr) : null;
        SpeedTier? measured = throughputTier ?? latencyTier;
        string? latencyVariant = latency?.Transport;
        string? throughputVariant = throughput?.Transport;

        if (measured is null)
        {
            return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, null,
                NotMeasured, $"no measured case of {string.Join(", ", claim.Transports)} in these results");
        }

        if (claim.ClaimedTier is null)
        {
            // "The fastest of all": first place in both scenarios among data-carrying transports.
            bool first = latencyRatio is <= 1.0 && throughputRatio is <= 1.0;
            string reason = first
                ? "shared memory has the lowest round trip and the highest throughput of the run"
                : $"shared memory's best is {Format(latencyRatio)}x the best round trip and {Format(throughputRatio)}x behind the best throughput";
            return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, measured,
                first ? Holds : DoesNotHold, reason);
        }

        string basis = throughputTier is not null
            ? $"{throughput!.Value.Transport} streams {throughput.Value.MiBs:N0} MiB/s, {throughputRatio:0.0}x behind the best"
            : $"{latency!.Value.Transport} takes {latency.Value.Ns / 1000:0.0} µs per round trip, {latencyRatio:0.0}x the best";
        string verdict = measured == claim.ClaimedTier ? Holds : DoesNotHold;
        return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, measured,
            verdict, $"{basis}: {measured.ToString()!.ToLowerInvariant()}, claimed {claim.Claimed}");
    }

    private static ClaimVerdict JudgeSharedMemoryWithSemaphore(Claim claim, Figures figures)
    {
        double? block = figures.ThroughputOf("Shm", "Block");
        if (block is null || figures.FastestMiBs is not double top)
        {
            return new(claim, null, null, null, null, null, null, null, null, null, NotMeasured, "no Shm Block throughput case in these results");
        }

        double? bestOther = figures.BestThroughputExcluding("Shm");
        double ratio = top / block.Value;
        SpeedTier tier = TieringRule.FromRatio(ratio);
        bool beatsOthers = bestOther is null || block > bestOther;
        return new(claim, "Shm (Block)", "Shm (Block)", figures.LatencyOf("Shm", "Block"), null, null, block, ratio, tier, tier,
            tier == SpeedTier.High && beatsOthers ? Holds : DoesNotHold,
            $"Shm with a futex wake-up per message streams {block:N0} MiB/s with 64 KiB chunks" +
            (bestOther is double other ? $", {block / other:0.0}x the best pipe, queue or socket ({other:N0} MiB/s)" : ""));
    }

    private static string Format(double? ratio) => ratio is double r ? r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The figures the claims are judged on: 64-byte (or 0-byte) round trips and 64 KiB-chunk throughput.</summary>
    private sealed class Figures
    {
        private readonly List<BenchmarkResult> _latency = [];
        private readonly List<BenchmarkResult> _throughput = [];

        public double? FastestLatencyNs { get; private set; }

        public double? FastestMiBs { get; private set; }

        public static Figures From(IReadOnlyList<BenchmarkResult> results)
        {
            var figures = new Figures();
            foreach (BenchmarkResult r in results.Where(r => r.IsMeasured && r.Transport != "Floor"))
            {
                if (r.Scenario == "PingPong" && r.Size == ReferenceSize(r.Transport, results))
                {
                    figures._latency.Add(r);
                }
                else if (r.Scenario == "Throughput" && r.Chunk == 65536)
                {
                    figures._throughput.Add(r);
                }
            }

            // The best of the data-carrying transports sets the scale; wake-ups are judged on it too.
            figures.FastestLatencyNs = figures._latency.Where(r => r.Size == 64).Select(r => r.MedianNs!.Value).DefaultIfEmpty().Min() is double min && min > 0 ? min : null;
            figures.FastestMiBs = figures._throughput.Select(r => r.MiBPerSecond!.Value).DefaultIfEmpty().Max() is double max && max > 0 ? max : null;
            return figures;
        }

        public (string Transport, double Ns)? BestLatency(string[] transports) =>
            _latency.Where(r => transports.Contains(r.Transport)).OrderBy(r => r.MedianNs).Select(r => (r.Variant, r.MedianNs!.Value)).FirstOrDefault() is { Variant: not null } best ? best : null;

        public (string Transport, double MiBs)? BestThroughput(string[] transports) =>
            _throughput.Where(r => transports.Contains(r.Transport)).OrderByDescending(r => r.MiBPerSecond).Select(r => (r.Variant, r.MiBPerSecond!.Value)).FirstOrDefault() is { Variant: not null } best ? best : null;

        public double? ThroughputOf(string transport, string wait) =>
            _throughput.FirstOrDefault(r => r.Transport == transport && r.Wait == wait)?.MiBPerSecond;

        public double? LatencyOf(string transport, string wait) =>
            _latency.FirstOrDefault(r => r.Transport == transport && r.Wait == wait)?.MedianNs;

        public double? BestThroughputExcluding(string transport) =>
            _throughput.Where(r => r.Transport != transport).Select(r => r.MiBPerSecond).Max();

        /// <summary>64 bytes where the transport carries data, 0 where it only wakes.</summary>
        private static int ReferenceSize(string transport, IReadOnlyList<BenchmarkResult> results) =>
            results.Any(r => r.Transport == transport && r.Scenario == "PingPong" && r.Size == 64) ? 64 : 0;
    }
}

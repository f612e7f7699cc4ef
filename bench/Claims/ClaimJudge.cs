using System.Globalization;
using IpcBench.Bench.Latency;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.Claims;

/// <summary>The rules that judge the seed's claims (<see cref="SeedClaims"/>) against measurements.</summary>
public static class ClaimJudge
{
    /// <param name="latency">Latency-verb rows measured by the same build, if any: where a claim is judged on latency, p99 is weighed too.</param>
    public static IReadOnlyList<ClaimVerdict> Judge(IReadOnlyList<BenchmarkResult> results, IReadOnlyList<LatencyRow>? latency = null)
    {
        Figures figures = Figures.From(results);
        return [.. SeedClaims.All.Select(claim => TailRule.Weigh(Judge(claim, figures), latency ?? []))];
    }

    private static ClaimVerdict Judge(Claim claim, Figures figures)
    {
        if (claim.Rule == ClaimRule.BulkWithSemaphore)
        {
            return JudgeBulkWithSemaphore(claim, figures);
        }

        (string Label, double Ns)? latency = figures.BestLatency(claim.Transports);
        (string Label, double MiBs)? throughput = figures.BestThroughput(claim.Transports);
        double? latencyRatio = latency is { } l && figures.FastestLatencyNs is double fastest ? l.Ns / fastest : null;
        double? throughputRatio = throughput is { } t && figures.FastestMiBs is double top ? top / t.MiBs : null;
        SpeedTier? latencyTier = latencyRatio is double lr ? TieringRule.FromRatio(lr) : null;
        SpeedTier? throughputTier = throughputRatio is double tr ? TieringRule.FromRatio(tr) : null;
        SpeedTier? measured = throughputTier ?? latencyTier;
        string? latencyVariant = latency?.Label;
        string? throughputVariant = throughput?.Label;

        if (measured is null)
        {
            return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, null,
                Verdicts.NotMeasured, $"no measured case of {string.Join(", ", claim.Transports)} in these results");
        }

        if (claim.Rule == ClaimRule.FastestOfAll)
        {
            bool first = latencyRatio is <= 1.0 && throughputRatio is <= 1.0;
            string reason = first
                ? "shared memory has the lowest round trip and the highest throughput of the run"
                : $"shared memory's best is {Format(latencyRatio)}x the best round trip and {Format(throughputRatio)}x behind the best throughput";
            return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, measured,
                first ? Verdicts.Holds : Verdicts.DoesNotHold, reason);
        }

        string basis = throughputTier is not null
            ? $"{throughput!.Value.Label} streams {throughput.Value.MiBs:N0} MiB/s, {throughputRatio:0.0}x behind the best"
            : $"{latency!.Value.Label} takes {latency.Value.Ns / 1000:0.0} µs per round trip, {latencyRatio:0.0}x the best";
        string verdict = measured == claim.ClaimedTier ? Verdicts.Holds : Verdicts.DoesNotHold;
        return new(claim, latencyVariant, throughputVariant, latency?.Ns, latencyRatio, latencyTier, throughput?.MiBs, throughputRatio, throughputTier, measured,
            verdict, $"{basis}: {measured.ToString()!.ToLowerInvariant()}, claimed {claim.Claimed}");
    }

    private static ClaimVerdict JudgeBulkWithSemaphore(Claim claim, Figures figures)
    {
        string transport = claim.Transports[0];
        string block = WaitStrategy.Block.ToString();
        double? mibs = figures.ThroughputOf(transport, block);
        if (mibs is null || figures.FastestMiBs is not double top)
        {
            return new(claim, null, null, null, null, null, null, null, null, null, Verdicts.NotMeasured, $"no {transport} {block} throughput case in these results");
        }

        string label = TransportCatalog.Find(transport, block).Label;
        double? bestOther = figures.BestThroughputExcluding(transport);
        double ratio = top / mibs.Value;
        SpeedTier tier = TieringRule.FromRatio(ratio);
        bool beatsOthers = bestOther is null || mibs > bestOther;
        return new(claim, label, label, figures.LatencyOf(transport, block), null, null, mibs, ratio, tier, tier,
            tier == SpeedTier.High && beatsOthers ? Verdicts.Holds : Verdicts.DoesNotHold,
            $"{transport} with a futex wake-up per message streams {mibs:N0} MiB/s with {ThroughputBenchmark.ReferenceChunk / 1024} KiB chunks" +
            (bestOther is double other ? $", {mibs / other:0.0}x the best pipe, queue or socket ({other:N0} MiB/s)" : ""));
    }

    private static string Format(double? ratio) => ratio is double r ? r.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The figures the claims are judged on: reference-size round trips and reference-chunk throughput, the Floor left out.</summary>
    private sealed class Figures
    {
        private readonly List<BenchmarkResult> _latency = [];
        private readonly List<BenchmarkResult> _throughput = [];

        public double? FastestLatencyNs { get; private set; }

        public double? FastestMiBs { get; private set; }

        public static Figures From(IReadOnlyList<BenchmarkResult> results)
        {
            var figures = new Figures();
            foreach (BenchmarkResult r in results.Where(r => r.IsMeasured && !r.Key.Resolve().IsReference))
            {
                if (r.Scenario == Scenario.PingPong && r.Bytes == PingPongBenchmark.ReferenceSizeFor(r.Key.Resolve()))
                {
                    figures._latency.Add(r);
                }
                else if (r.Scenario == Scenario.Throughput && r.Bytes == ThroughputBenchmark.ReferenceChunk)
                {
                    figures._throughput.Add(r);
                }
            }

            // The best of the data-carrying transports sets the scale; wake-ups are judged on it too.
            figures.FastestLatencyNs = figures._latency.Where(r => r.Bytes == PingPongBenchmark.ReferenceSize).Select(r => r.MedianNs!.Value).DefaultIfEmpty().Min() is double min && min > 0 ? min : null;
            figures.FastestMiBs = figures._throughput.Select(r => r.MiBPerSecond!.Value).DefaultIfEmpty().Max() is double max && max > 0 ? max : null;
            return figures;
        }

        public (string Label, double Ns)? BestLatency(IReadOnlyList<string> transports) =>
            _latency.Where(r => transports.Contains(r.Transport)).MinBy(r => r.MedianNs) is { } best ? (best.Label, best.MedianNs!.Value) : null;

        public (string Label, double MiBs)? BestThroughput(IReadOnlyList<string> transports) =>
            _throughput.Where(r => transports.Contains(r.Transport)).MaxBy(r => r.MiBPerSecond) is { } best ? (best.Label, best.MiBPerSecond!.Value) : null;

        public double? ThroughputOf(string transport, string variant) =>
            _throughput.FirstOrDefault(r => r.Transport == transport && r.Wait == variant)?.MiBPerSecond;

        public double? LatencyOf(string transport, string variant) =>
            _latency.FirstOrDefault(r => r.Transport == transport && r.Wait == variant)?.MedianNs;

        public double? BestThroughputExcluding(string transport) =>
            _throughput.Where(r => r.Transport != transport).Select(r => r.MiBPerSecond).Max();
    }
}

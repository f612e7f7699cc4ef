using CsvHelper;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Latency;

/// <summary>One row of latency.csv: times in nanoseconds; CPU time is user plus system, every thread of the process.</summary>
[CsvRecord]
public sealed partial record LatencyRow(
    string Transport, string? Wait, int SizeBytes, long RoundTrips, double? RequestedRatePerSecond, double AchievedRatePerSecond, string Placement,
    long MinNs, long P50Ns, long P90Ns, long P99Ns, long P999Ns, long P9999Ns, long MaxNs,
    double ClientCpuNsPerRoundTrip, double? PeerCpuNsPerRoundTrip)
{
    public static LatencyRow From(LatencyResult r)
    {
        long[] p = [.. r.Percentiles.Select(x => x.Ns)];
        return new(r.Transport, r.Wait, r.SizeBytes, r.RoundTrips, r.RequestedRate, r.AchievedRate, r.Placement,
            p[0], p[1], p[2], p[3], p[4], p[5], p[6],
            r.ClientCpuNsPerRoundTrip, r.PeerCpuNsPerRoundTrip);
    }
}

using System.IO.Enumeration;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Bench.Rounds;

/// <summary>
/// One case of the interleaved claims check: a transport variant's reference round trip
/// (<see cref="PingPongBenchmark.ReferenceSizeFor"/>) or its reference-chunk stream.
/// </summary>
public sealed record CheckCase(Transport Transport, Scenario Scenario, int Bytes)
{
    public string Label => Transport.Label;

    /// <summary>The BenchmarkDotNet class of the same case, which filters match.</summary>
    public string BenchmarkType => Transport.Name + Scenario;

    /// <summary>The unit of the case's figure: ns per round trip, or MiB/s.</summary>
    public string Unit => Scenario == Scenario.PingPong ? "ns" : "MiB/s";

    public override string ToString() => $"{Label} {Scenario}";

    /// <summary>
    /// Every case the claims compare — each variant's reference round trip (the Floor's too) and each
    /// streaming variant's reference stream — and, at the larger message sizes, the round trips of
    /// the only transports that come near the Floor (shared memory) with the Floor's, so that the
    /// Floor and the Shm waits are compared side by side at every size. Transports that cannot run
    /// here (the namespace pair's without root, TcpRemote without --remote, a runtime not installed)
    /// are left out, as their benchmark classes have no cases.
    /// </summary>
    public static IReadOnlyList<CheckCase> All => [.. Every.Where(c => c.Transport.Unavailable is null)];

    private static IReadOnlyList<CheckCase> Every { get; } =
    [
        .. TransportCatalog.Variants.Select(t => new CheckCase(t, Scenario.PingPong, PingPongBenchmark.ReferenceSizeFor(t))),
        .. TransportCatalog.Variants.Where(t => t.SupportsBulk).Select(t => new CheckCase(t, Scenario.Throughput, ThroughputBenchmark.ReferenceChunk)),
        .. PingPongBenchmark.SizesFor(TransportCatalog.All.Single(t => t.IsReference)).Where(size => size > PingPongBenchmark.ReferenceSize)
            .SelectMany(size => TransportCatalog.Variants.Where(t => t.IsReference || t.Family == TransportFamily.SpinningSharedMemory)
            .Select(t => new CheckCase(t, Scenario.PingPong, size))),
    ];

    /// <summary>The cases whose benchmark class a glob matches, as BenchmarkDotNet's --filter would ('*Shm*', '*PingPong*').</summary>
    public static IReadOnlyList<CheckCase> Matching(IReadOnlyList<string> filters) =>
        [.. All.Where(c => filters.Any(f => FileSystemName.MatchesSimpleExpression(f, c.BenchmarkType)))];
}

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// The two scenarios. A benchmark class is named transport + scenario (<c>TcpPingPong</c>), so
/// these names are also the class-name suffixes that results are read back by.
/// </summary>
public enum Scenario
{
    /// <summary>Round-trip latency of one message (<see cref="PingPongBenchmark"/>).</summary>
    PingPong,

    /// <summary>One-way bulk streaming (<see cref="ThroughputBenchmark"/>).</summary>
    Throughput,
}

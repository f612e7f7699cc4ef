namespace IpcBench.Bench.Gate;

/// <summary>
/// The cases the A/B gate runs when no filter is given: one of each kind of wait at the reference
/// size (spinning and futex-woken shared memory, the Floor, a pipe, a Unix socket, TCP) and the two
/// fastest streams: one launch takes ~2.8 s here, so ten pairs of launches of the eight take 7–8 minutes.
/// BenchmarkDotNet's globs match the parameters too, which picks single cases.
/// </summary>
public static class GateSubset
{
    public static IReadOnlyList<string> Filters { get; } =
    [
        "*.ShmPingPong.RoundTrip(Wait: Spin,*Size: 64)",
        "*.ShmPingPong.RoundTrip(Wait: Block,*Size: 64)",
        "*.FloorPingPong.RoundTrip(*Size: 64)",
        "*.AnonPipePingPong.RoundTrip(*Size: 64)",
        "*.UnixStreamPingPong.RoundTrip(*Size: 64)",
        "*.TcpPingPong.RoundTrip(*Size: 64)",
        "*.ShmThroughput.Stream16MiB(Wait: Spin, Chunk: 65536,*",
        "*.TcpThroughput.Stream16MiB(Chunk: 65536,*",
    ];
}

using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Scenarios;

/// <summary>
/// What the command line chose for every scenario. It reaches the benchmark processes as a
/// parameter value (<c>Placement</c>), so every result records it.
/// </summary>
public static class RunSettings
{
    public static Placement Placement { get; set; } = Placement.Split;
}

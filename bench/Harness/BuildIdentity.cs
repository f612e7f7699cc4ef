using IpcBench.Transports.Contracts;

namespace IpcBench.Bench.Harness;

/// <summary>
/// Which build measured something: the module version ids of the harness and the transports. The
/// compiler derives them from the compiled content (deterministic builds), so the same source gives
/// the same id and any change of code gives another. Reports join only figures of one build.
/// </summary>
public static class BuildIdentity
{
    public static string Current { get; } =
        $"{Short(typeof(BuildIdentity).Assembly.ManifestModule.ModuleVersionId)}-{Short(typeof(Transport).Assembly.ManifestModule.ModuleVersionId)}";

    private static string Short(Guid id) => id.ToString("N")[..8];
}

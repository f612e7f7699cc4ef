using IpcBench.Transports.Namespaces;

namespace IpcBench.Tests.Support;

/// <summary>A test that makes network namespaces: skipped, with the reason, where it cannot (not root, no ip); CI runs as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (NetnsPair.Unavailable is string reason)
        {
            Skip = $"network namespaces: {reason}";
        }
    }
}

namespace IpcBench.Transports.SharedMemory;

/// <summary>The two mappings of a two-way shared-memory transport, unlinked and unmapped together.</summary>
public sealed class MappingPair(SharedMapping first, SharedMapping second) : IDisposable
{
    public SharedMapping First => first;

    public SharedMapping Second => second;

    public void Unlink()
    {
        first.Unlink();
        second.Unlink();
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }
}

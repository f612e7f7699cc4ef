namespace IpcBench.Transports.SharedMemory;

/// <summary>How a side of a shared-memory transport waits for the other.</summary>
public enum WaitStrategy
{
    /// <summary>Busy-polls with a pause instruction: the lowest latency, and a whole core burnt.</summary>
    Spin,

    /// <summary>Sleeps on a futex in the mapping; the writer wakes it after every message.</summary>
    Block,

    /// <summary>Spins for a bounded time, then sleeps; the writer only wakes a reader that said it sleeps.</summary>
    Hybrid,
}

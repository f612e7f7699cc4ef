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

    /// <summary>
    /// Sleeps on a POSIX semaphore in the mapping (sem_init with pshared = 1): the writer posts once
    /// per message, the reader takes one post per message — the seed's "shared memory plus a
    /// semaphore" as a reader of it would write it, beside <see cref="Block"/>'s bare futex.
    /// A writer that finds the ring full sleeps on the futex, as with Block.
    /// </summary>
    Semaphore,
}

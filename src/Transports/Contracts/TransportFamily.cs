namespace IpcBench.Transports.Contracts;

/// <summary>Groups of transports that behave alike, so that charts can colour a family as one.</summary>
public enum TransportFamily
{
    /// <summary>Shared memory whose waiter spins: sub-microsecond round trips, a core burnt per side.</summary>
    SpinningSharedMemory,

    /// <summary>Mechanisms whose waiter sleeps in the kernel: pipes, queues, wake-ups, shared memory with a futex.</summary>
    SleepingKernel,

    /// <summary>Sockets, the only mechanisms that also cross hosts.</summary>
    Socket,

    /// <summary>The Floor: what no transport can beat, drawn as a reference.</summary>
    Reference,
}

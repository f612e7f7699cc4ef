using System.Threading;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// A wake-up counter in shared memory, the primitive glibc's semaphores are built on. A waiter
/// reads <see cref="Sequence"/>, checks its condition, and sleeps only while the counter still
/// has that value; <see cref="Signal"/> bumps the counter and wakes, so no wake-up is lost.
/// </summary>
public readonly unsafe struct FutexEvent(int* word)
{
    public int Sequence => Volatile.Read(ref *word);

    /// <summary>Bumps the counter (a full fence) and wakes a sleeper, if any.</summary>
    public void Signal()
    {
        Interlocked.Increment(ref *word);
        Libc.FutexWake(word, 1);
    }

    /// <summary>Sleeps while the counter equals <paramref name="sequence"/>, one slice at most.</summary>
    public bool Wait(int sequence, int timeoutMilliseconds) => Libc.FutexWait(word, sequence, timeoutMilliseconds);
}

using System.Diagnostics;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Contracts;

/// <summary>Tells whether the process on the other side still runs.</summary>
public interface IPeerLiveness
{
    bool IsAlive { get; }

    /// <summary>A short phrase for error messages, such as "the peer (pid 42) exited with code 137".</summary>
    string DescribeExit();
}

/// <summary>Blocks for at most one slice; true once the awaited thing is ready, false when the slice ran out.</summary>
public delegate bool SliceWait<TState>(ref TState state, int sliceMilliseconds);

/// <summary>
/// How long a blocking call may wait, and who to ask whether waiting still makes sense. Every
/// transport waits through <see cref="InSlices"/>: it sleeps in slices of
/// <see cref="SliceMilliseconds"/> and checks the other side between slices, so a dead peer is
/// noticed within a slice and a hung one within <see cref="Timeout"/>.
/// </summary>
public sealed class WaitPolicy(string transport, IPeerLiveness other, TimeSpan timeout)
{
    public const int SliceMilliseconds = 100;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public string Transport { get; } = transport;

    public IPeerLiveness Other { get; } = other;

    /// <summary>How long one wait may take; longer while the peer starts (see the client's connection).</summary>
    public TimeSpan Timeout { get; set; } = timeout;

    public Deadline Start(string operation) => new(this, operation, Stopwatch.GetTimestamp());

    /// <summary>
    /// The one wait loop of the suite: calls <paramref name="waitOneSlice"/> until it reports ready,
    /// checking between slices that the other side lives and the timeout has not passed. The
    /// delegate should be a static lambda, so that waiting allocates nothing.
    /// </summary>
    public void InSlices<TState>(string operation, ref TState state, SliceWait<TState> waitOneSlice)
    {
        Deadline deadline = Start(operation);
        while (!waitOneSlice(ref state, SliceMilliseconds))
        {
            deadline.Check();
        }
    }

    /// <summary>
    /// The one errno-to-exception mapping of the suite, for a libc call that just failed: returns
    /// when the call should be retried (interrupted, would block, or a timed call's slice ran out),
    /// throws <see cref="PeerGoneException"/> when the errno means the other side went away, and
    /// <see cref="PosixException"/> naming the call for anything else.
    /// </summary>
    public void RetryOrThrow(string call)
    {
        int errno = Libc.LastErrno;
        switch (Libc.Classify(errno))
        {
            case ErrnoKind.Interrupted or ErrnoKind.WouldBlock or ErrnoKind.TimedOut:
                return;
            case ErrnoKind.PeerGone:
                throw Gone(call);
            default:
                throw new PosixException(call, errno);
        }
    }

    /// <summary>Waits in slices until <paramref name="fd"/> is ready for <paramref name="events"/> (or hung up).</summary>
    internal void UntilReady(int fd, short events, string operation)
    {
        var descriptor = (Fd: fd, Events: events);
        InSlices(operation, ref descriptor, static (ref (int Fd, short Events) d, int slice) => Libc.PollOnce(d.Fd, d.Events, slice));
    }

    /// <summary>Waits in slices until a POSIX semaphore can be taken (sem_timedwait), and takes it.</summary>
    internal unsafe void UntilPosted(nint semaphore, string operation)
    {
        var wait = (Semaphore: semaphore, Policy: this);
        InSlices(operation, ref wait, static (ref (nint Semaphore, WaitPolicy Policy) w, int slice) =>
        {
            Libc.Timespec deadline = Libc.Timespec.RealtimeIn(slice);
            if (Libc.SemTimedWait(w.Semaphore, &deadline) == 0)
            {
                return true;
            }

            w.Policy.RetryOrThrow("sem_timedwait");
            return false;
        });
    }

    public PeerGoneException Gone(string operation) =>
        new($"{Transport}: {Other.DescribeExit()} during {operation}");
}

/// <summary>A wait in progress; <see cref="Check"/> throws once it must not go on.</summary>
public readonly struct Deadline(WaitPolicy policy, string operation, long startTimestamp)
{
    public void Check()
    {
        if (!policy.Other.IsAlive)
        {
            throw policy.Gone(operation);
        }

        if (Stopwatch.GetElapsedTime(startTimestamp) > policy.Timeout)
        {
            throw new TransportTimeoutException(
                $"{policy.Transport}: {operation} timed out after {policy.Timeout.TotalSeconds:0.#} s");
        }
    }
}

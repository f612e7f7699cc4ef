using System.Diagnostics;

namespace IpcBench.Transports;

/// <summary>Tells whether the process on the other side still runs.</summary>
public interface IPeerLiveness
{
    bool IsAlive { get; }

    /// <summary>A short phrase for error messages, such as "the peer (pid 42) exited with code 137".</summary>
    string DescribeExit();
}

/// <summary>
/// How long a blocking call may wait, and who to ask whether waiting still makes sense. Waits
/// sleep in slices of <see cref="SliceMilliseconds"/> and check the other side between slices,
/// so a dead peer is noticed within a slice and a hung one within <see cref="Timeout"/>.
/// </summary>
public sealed class WaitPolicy(string transport, IPeerLiveness other, TimeSpan timeout)
{
    public const int SliceMilliseconds = 100;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public string Transport { get; } = transport;

    public IPeerLiveness Other { get; } = other;

    /// <summary>How long one wait may take; longer while the peer starts (see <see cref="PeerConnection"/>).</summary>
    public TimeSpan Timeout { get; internal set; } = timeout;

    public Deadline Start(string operation) => new(this, operation, Stopwatch.GetTimestamp());

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

    public PeerGoneException Gone() => policy.Gone(operation);
}

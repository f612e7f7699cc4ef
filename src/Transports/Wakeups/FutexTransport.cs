using IpcBench.Transports.Contracts;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// Two futex words in a shared mapping, waited on with FUTEX_WAIT and no spinning: the cheapest
/// kernel-assisted wake-up, and the reference for every blocking transport (Shm's Block wait
/// uses the same <see cref="FutexEvent"/>).
/// </summary>
public sealed class FutexTransport : Transport
{
    private const int MappingLength = 4096;

    // Each word on its own 128-byte slot, as in the ring header.
    private const int ToPeerOffset = 0;
    private const int FromPeerOffset = 128;

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override int MaxPayload => 0;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        SharedMapping mapping = SharedMapping.Attach(arguments[0]);
        if (mapping.Length != MappingLength)
        {
            mapping.Dispose();
            throw new InvalidDataException($"{Name}: the mapping has {mapping.Length} bytes, not {MappingLength}");
        }

        return new FutexChannel(mapping, post: FromPeerOffset, awaited: ToPeerOffset, wait);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly SharedMapping _mapping = SharedMapping.Create(MappingLength);

        public override IReadOnlyList<string> PeerArguments => [_mapping.Path];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) =>
            new FutexChannel(_mapping, post: ToPeerOffset, awaited: FromPeerOffset, wait);

        public override void Unlink() => _mapping.Unlink();

        protected override void Dispose(bool disposing) => _mapping.Dispose();
    }

    /// <summary>Post bumps the other side's counter and wakes it; a waiter consumes one bump at a time.</summary>
    private sealed unsafe class FutexChannel(SharedMapping mapping, int post, int awaited, WaitPolicy wait) : WakeUpChannel
    {
        private readonly FutexEvent _post = new((int*)(mapping.Start + post));
        private readonly FutexEvent _awaited = new((int*)(mapping.Start + awaited));

        // Bumps of the awaited counter consumed so far.
        private int _consumed;

        protected override void Post() => _post.Signal();

        protected override void Await()
        {
            if (_awaited.Sequence == _consumed)
            {
                var awaited = (Event: _awaited, Consumed: _consumed);
                wait.InSlices("futex wait", ref awaited, static (ref (FutexEvent Event, int Consumed) a, int slice) =>
                    a.Event.Wait(a.Consumed, slice) && a.Event.Sequence != a.Consumed);
            }

            _consumed++;
        }

        protected override void Dispose(bool disposing) => mapping.Dispose();
    }
}

using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// Shared memory: one single-producer/single-consumer ring per direction, each in its own
/// /dev/shm file that is unlinked as soon as the peer has mapped it, with a choice of
/// <see cref="WaitStrategy"/>. <see cref="WaitStrategy.Block"/> is the classic "shared memory
/// plus a semaphore" pairing, with the semaphore (a futex word) inside the mapping.
/// </summary>
public sealed class ShmTransport(WaitStrategy wait = WaitStrategy.Hybrid, int capacity = ShmTransport.DefaultCapacity) : Transport
{
    /// <summary>Room for 64 KiB messages with plenty of slack; small enough to stay in the L2/L3 caches.</summary>
    public const int DefaultCapacity = 1 << 20;


    public WaitStrategy Wait => wait;

    public override string? Variant => wait.ToString();

    /// <summary>Spin and Hybrid answer while spinning; Block and Semaphore sleep in the kernel like any kernel mechanism.</summary>
    public override TransportFamily Family => wait is WaitStrategy.Spin or WaitStrategy.Hybrid ? TransportFamily.SpinningSharedMemory : TransportFamily.SleepingKernel;

    public override int MaxPayload => ShmRingLayout.MaxMessage(capacity);

    public override bool Spins => wait == WaitStrategy.Spin;

    public override string? Note => $"rings of {capacity / 1024} KiB per direction, {wait} waits";

    public override ClientEndpoint CreateClient() => new Endpoint(wait, capacity);

    public override unsafe Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        WaitStrategy strategy = Enum.Parse<WaitStrategy>(arguments[0]);
        var mappings = new MappingPair(SharedMapping.Attach(arguments[1]), SharedMapping.Attach(arguments[2]));
        try
        {
            ShmRing toPeer = ShmRing.Validate(mappings.First.Start, mappings.First.Length);
            ShmRing fromPeer = ShmRing.Validate(mappings.Second.Start, mappings.Second.Length);
            return new ShmChannel(fromPeer, toPeer, strategy, wait, mappings);
        }
        catch
        {
            mappings.Dispose();
            throw;
        }
    }

    private sealed unsafe class Endpoint : ClientEndpoint
    {
        private readonly WaitStrategy _wait;
        private readonly MappingPair _mappings;
        private readonly ShmRing _toPeer;
        private readonly ShmRing _fromPeer;

        public Endpoint(WaitStrategy wait, int capacity)
        {
            _wait = wait;
            long length = ShmRingLayout.MappingLength(capacity);
            SharedMapping toPeer = SharedMapping.Create(length);
            try
            {
                _mappings = new MappingPair(toPeer, SharedMapping.Create(length));
            }
            catch
            {
                toPeer.Dispose();
                throw;
            }

            _toPeer = ShmRing.Initialize(_mappings.First.Start, length, capacity);
            _fromPeer = ShmRing.Initialize(_mappings.Second.Start, length, capacity);
        }

        public override IReadOnlyList<string> PeerArguments => [_wait.ToString(), _mappings.First.Path, _mappings.Second.Path];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) =>
            new ShmChannel(_toPeer, _fromPeer, _wait, wait, _mappings);

        public override void Unlink() => _mappings.Unlink();

        protected override void Dispose(bool disposing) => _mappings.Dispose();
    }
}

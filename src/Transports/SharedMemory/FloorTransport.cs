using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// The hardware floor for a cross-process round trip: one record stream per direction in shared
/// memory, each payload written once and read once, a stamp published last and polled, both sides
/// spinning, nothing else. No transport here carries a message between two processes faster, so
/// every other transport is measured against it. Its stream likewise: one copy in, one read in
/// place on the other core, and nothing else (<see cref="FloorChannel"/>).
/// </summary>
public sealed class FloorTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Reference;

    public override int MaxPayload => FloorChannel.MaxMessage;

    public override bool SupportsBulk => true;

    public override bool Spins => true;

    public override string? Note => "the floor: the Shm ring's records, spinning, without wait strategies, payload copied in and out; streams: bare bytes in a ring, copied in once, hashed in place";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override unsafe Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        SharedMapping mapping = SharedMapping.Attach(arguments[0]);
        if (mapping.Length != FloorChannel.MappingLength)
        {
            mapping.Dispose();
            throw new InvalidDataException($"{Name}: the mapping has {mapping.Length} bytes, not {FloorChannel.MappingLength}");
        }

        return new FloorChannel(mapping, isClient: false, wait);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly SharedMapping _mapping = SharedMapping.Create(FloorChannel.MappingLength);

        public Endpoint() => FloorChannel.Initialize(_mapping);

        public override IReadOnlyList<string> PeerArguments => [_mapping.Path];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) => new FloorChannel(_mapping, isClient: true, wait);

        public override void Unlink() => _mapping.Unlink();

        protected override void Dispose(bool disposing) => _mapping.Dispose();
    }
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Naming;

namespace IpcBench.Transports.Messages;

/// <summary>
/// POSIX message queues (mq_open), one per direction, mode 0600 with unpredictable names,
/// unlinked once the peer has opened them. The suite keeps the system defaults (10 messages of
/// at most 8192 bytes); larger payloads go as several queue messages (chunked).
/// </summary>
public sealed class PosixMqTransport : Transport
{
    public const int MessageSize = 8192;
    public const int QueueDepth = 10;

    /// <summary>Queues show as files where the mqueue file system is mounted; only mq_unlink removes one.</summary>
    public static LeftoverPlace Leftovers { get; } = new("/dev/mqueue", IpcNames.Prefix + "*", path => Libc.MqUnlink("/" + Path.GetFileName(path)));

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override string? Note => $"payloads over {MessageSize} bytes are chunked into several queue messages (system default size)";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        (int toPeer, int fromPeer) = NamedObjectPair<int>.OpenBoth(arguments[0], arguments[1], name => Open(name, create: false), Close);
        return new PosixMqChannel(outgoing: fromPeer, incoming: toPeer, wait);
    }

    private static unsafe int Open(string name, bool create)
    {
        var attributes = new Libc.MqAttr { MaxMessages = QueueDepth, MessageSize = MessageSize };
        int flags = Libc.O_RDWR | Libc.O_CLOEXEC | (create ? Libc.O_CREAT | Libc.O_EXCL : 0);
        return (int)Libc.Check(Libc.MqOpen(name, flags, 0x180, create ? &attributes : null), $"mq_open({name})");
    }

    private static void Close(int queue) => Libc.MqClose(queue);

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly NamedObjectPair<int> _queues = new(name => Open(name, create: true), Close, Libc.MqUnlink);

        public override IReadOnlyList<string> PeerArguments => [_queues.ToPeerName, _queues.FromPeerName];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            _queues.HandedOver = true;
            return new PosixMqChannel(outgoing: _queues.ToPeer, incoming: _queues.FromPeer, wait);
        }

        public override void Unlink() => _queues.Unlink();

        protected override void Dispose(bool disposing) => _queues.Dispose();
    }
}

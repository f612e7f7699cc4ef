using IpcBench.Transports.Interop;
using IpcBench.Transports.Peer;

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

    public override string Name => "PosixMq";

    public override string? Note => $"payloads over {MessageSize} bytes are chunked into several queue messages (system default size)";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        int toPeer = Open(arguments[0], create: false);
        int fromPeer;
        try
        {
            fromPeer = Open(arguments[1], create: false);
        }
        catch
        {
            Libc.MqClose(toPeer);
            throw;
        }

        return new PosixMqChannel(outgoing: fromPeer, incoming: toPeer, wait);
    }

    private static unsafe int Open(string name, bool create)
    {
        var attributes = new Libc.MqAttr { MaxMessages = QueueDepth, MessageSize = MessageSize };
        int flags = Libc.O_RDWR | Libc.O_CLOEXEC | (create ? Libc.O_CREAT | Libc.O_EXCL : 0);
        return (int)Libc.Check(Libc.MqOpen(name, flags, 0x180, create ? &attributes : null), $"mq_open({name})");
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly string _toPeerName = NewName();
        private readonly string _fromPeerName = NewName();
        private readonly int _toPeer;
        private readonly int _fromPeer;
        private bool _unlinked;
        private bool _connected;

        public Endpoint()
        {
            _toPeer = Open(_toPeerName, create: true);
            try
            {
                _fromPeer = Open(_fromPeerName, create: true);
            }
            catch
            {
                Libc.MqClose(_toPeer);
                Libc.MqUnlink(_toPeerName);
                throw;
            }
        }

        public override IReadOnlyList<string> PeerArguments => [_toPeerName, _fromPeerName];

        public override Channel Connect(PeerProcess peer, WaitPolicy wait)
        {
            _connected = true;
            return new PosixMqChannel(outgoing: _toPeer, incoming: _fromPeer, wait);
        }

        public override void Unlink()
        {
            if (!_unlinked)
            {
                _unlinked = true;
                Libc.MqUnlink(_toPeerName);
                Libc.MqUnlink(_fromPeerName);
            }
        }

        protected override void Dispose(bool disposing)
        {
            Unlink();
            if (!_connected)
            {
                Libc.MqClose(_toPeer);
                Libc.MqClose(_fromPeer);
            }
        }

        private static string NewName() => "/" + IpcNames.New();
    }
}

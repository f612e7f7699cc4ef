using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Web;

/// <summary>
/// A network-service protocol on loopback with Kestrel as the server in the peer process
/// (<see cref="WebPeer"/>): the client makes the listening socket on 127.0.0.1 and the peer
/// inherits it, so no port can be taken in between; every request carries the peer's token, as
/// any local user may connect to a port. No bulk stream: the service answers requests.
/// </summary>
public abstract class WebTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override int MaxPayload => PeerProtocol.MaxEchoSize;

    public override bool SupportsBulk => false;

    public override string? Route => "loopback (127.0.0.1)";

    public override ClientEndpoint CreateClient() => new Endpoint(this);

    /// <summary>The peer runs Kestrel instead of a channel loop (<see cref="WebPeer.Serve"/>).</summary>
    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        throw new NotSupportedException($"{Name}: the peer serves requests with Kestrel; it opens no channel");

    /// <summary>The client's channel to a peer that listens at <paramref name="address"/> and expects <paramref name="token"/>.</summary>
    internal abstract Channel Connect(IPEndPoint address, string token, WaitPolicy wait);

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly WebTransport _transport;
        private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly string _token = SocketSetup.NewToken();

        public Endpoint(WebTransport transport)
        {
            _transport = transport;
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(16);
        }

        public override IReadOnlyList<string> PeerArguments => [Descriptor.ToString(CultureInfo.InvariantCulture)];

        public override IReadOnlyDictionary<string, string> PeerEnvironment =>
            new Dictionary<string, string> { [SocketSetup.TokenVariable] = _token };

        public override IReadOnlyList<int> InheritedDescriptors => [Descriptor];

        private int Descriptor => (int)_listener.SafeHandle.DangerousGetHandle();

        /// <summary>
        /// The peer holds the listening socket now, so the client's copy goes first: a peer that dies
        /// before it serves then refuses the connection at once, instead of leaving it queued until the timeout.
        /// </summary>
        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            var address = (IPEndPoint)_listener.LocalEndPoint!;
            _listener.Dispose();
            return _transport.Connect(address, _token, wait);
        }

        protected override void Dispose(bool disposing) => _listener.Dispose();
    }
}

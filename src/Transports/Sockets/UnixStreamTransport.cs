using System.Net.Sockets;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Naming;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// A Unix-domain stream socket bound in a private folder (mode 0700), so only this user can
/// connect; the socket file is removed as soon as the peer is connected.
/// </summary>
public sealed class UnixStreamTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(arguments[0]));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return SocketSetup.Wrap(socket, wait);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly PrivateFolder _folder = new();
        private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        private readonly string _path;

        public Endpoint()
        {
            _path = _folder.Combine("stream.sock");
            _listener.Bind(new UnixDomainSocketEndPoint(_path));
            SocketSetup.MakePrivate(_path);
            _listener.Listen(1);
        }

        public override IReadOnlyList<string> PeerArguments => [_path];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) =>
            SocketSetup.Wrap(SocketSetup.Accept(_listener, wait), wait);

        public override void Unlink() => Dispose(true);

        protected override void Dispose(bool disposing)
        {
            _listener.Dispose();
            _folder.Dispose();
        }
    }
}

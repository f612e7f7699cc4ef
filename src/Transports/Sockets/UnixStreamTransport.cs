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

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override ClientEndpoint CreateClient() => new Endpoint([], null, null);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => Connect(arguments[0], wait);

    /// <summary>The peer's side: connects to the socket file its client named.</summary>
    internal static Channel Connect(string path, WaitPolicy wait)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return SocketSetup.Wrap(socket, wait);
    }

    /// <summary>A listening socket in a private folder; the peer is told its path.</summary>
    internal sealed class Endpoint : ClientEndpoint
    {
        private readonly PrivateFolder _folder = new();
        private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        private readonly IReadOnlyList<string> _launcher;
        private readonly IDisposable? _owned;
        private readonly PeerProgram? _program;
        private readonly string _path;

        /// <param name="launcher">How the peer is started (into another namespace), or nothing.</param>
        /// <param name="owned">Something the endpoint keeps alive until disposed (a namespace pair).</param>
        /// <param name="program">A peer other than IpcBench.Peer (a script in another runtime), or null.</param>
        public Endpoint(IReadOnlyList<string> launcher, IDisposable? owned, PeerProgram? program)
        {
            _launcher = launcher;
            _owned = owned;
            _program = program;
            _path = _folder.Combine("stream.sock");
            _listener.Bind(new UnixDomainSocketEndPoint(_path));
            SocketSetup.MakePrivate(_path);
            _listener.Listen(1);
        }

        public override IReadOnlyList<string> PeerArguments => [_path];

        public override IReadOnlyList<string> PeerLauncher => _launcher;

        public override PeerProgram? PeerProgram => _program;

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) =>
            SocketSetup.Wrap(SocketSetup.Accept(_listener, wait), wait);

        public override void Unlink()
        {
            _listener.Dispose();
            _folder.Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            Unlink();
            _owned?.Dispose();
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// The client's side of a launched peer's TCP connection: a listener on one address, the peer
/// told the address and port, and a token in its environment that it must present first (any
/// local user may connect to a port). Shared by loopback and veth TCP, which differ only in where
/// the listener lives and how the peer is started.
/// </summary>
internal sealed class TcpEndpoint : ClientEndpoint
{
    private readonly Socket _listener;
    private readonly IReadOnlyList<string> _launcher;
    private readonly IDisposable? _owned;
    private readonly string _token = SocketSetup.NewToken();

    /// <param name="owned">Something the endpoint keeps alive until disposed (a namespace pair).</param>
    /// <param name="program">The peer to start instead of IpcBench.Peer (a Python or Node.js script), or null.</param>
    public TcpEndpoint(Socket listener, IPAddress address, IReadOnlyList<string> launcher, IDisposable? owned, PeerProgram? program = null)
    {
        _listener = listener;
        _launcher = launcher;
        _owned = owned;
        PeerProgram = program;
        _listener.Bind(new IPEndPoint(address, 0));
        _listener.Listen(1);
    }

    public override IReadOnlyList<string> PeerArguments
    {
        get
        {
            var local = (IPEndPoint)_listener.LocalEndPoint!;
            return [local.Address.ToString(), local.Port.ToString(CultureInfo.InvariantCulture)];
        }
    }

    public override IReadOnlyDictionary<string, string> PeerEnvironment =>
        new Dictionary<string, string> { [SocketSetup.TokenVariable] = _token };

    public override IReadOnlyList<string> PeerLauncher => _launcher;

    public override PeerProgram? PeerProgram { get; }

    /// <summary>The peer's side: connects to the address and port its client gave, then presents the token.</summary>
    public static Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        var address = new IPEndPoint(IPAddress.Parse(arguments[0]), int.Parse(arguments[1], CultureInfo.InvariantCulture));
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(address);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Channel channel = SocketSetup.Wrap(socket, wait);
        SocketSetup.PresentToken(channel, wait.Transport);
        return channel;
    }

    public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
    {
        Socket socket = SocketSetup.Accept(_listener, wait);
        socket.NoDelay = true;
        Channel channel = SocketSetup.Wrap(socket, wait);
        try
        {
            SocketSetup.ExpectToken(channel, _token, wait.Transport);
        }
        catch
        {
            channel.Dispose();
            throw;
        }

        return channel;
    }

    public override void Unlink() => _listener.Dispose();

    protected override void Dispose(bool disposing)
    {
        _listener.Dispose();
        _owned?.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// TCP over 127.0.0.1 with TCP_NODELAY. Any local user may connect to a loopback port, so the
/// peer proves itself with a secret handed over in its environment before anything else is said
/// (<see cref="TcpEndpoint"/>).
/// </summary>
public sealed class TcpTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Route => "loopback (127.0.0.1)";

    public override ClientEndpoint CreateClient() => Loopback(null);

    /// <summary>A listener on 127.0.0.1 for a launched peer; <paramref name="program"/> starts a peer other than IpcBench.Peer.</summary>
    internal static ClientEndpoint Loopback(PeerProgram? program) =>
        new TcpEndpoint(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), IPAddress.Loopback, [], null, program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => TcpEndpoint.OpenPeer(arguments, wait);
}

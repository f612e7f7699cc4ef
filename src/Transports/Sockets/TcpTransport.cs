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

    public override ClientEndpoint CreateClient() =>
        new TcpEndpoint(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), IPAddress.Loopback, [], null);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => TcpEndpoint.OpenPeer(arguments, wait);
}

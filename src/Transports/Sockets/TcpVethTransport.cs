using System.Net;
using System.Net.Sockets;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Namespaces;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// TCP between two network namespaces joined by a veth pair (<see cref="NetnsPair"/>): the client's
/// socket lives in one, the peer runs in the other, and every segment goes down one IP stack,
/// through the veth driver and up the other, as between hosts without the wire. The same
/// connection and token handshake as <see cref="TcpTransport"/> on loopback, so that the two
/// differ only in the path. Needs root.
/// </summary>
public sealed class TcpVethTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Unavailable => NetnsPair.Unavailable;

    public override string? Route => $"veth between network namespaces ({NetnsPair.ClientAddress} to {NetnsPair.PeerAddress})";

    public override string? Note => "TCP between two network namespaces over a veth pair: the network driver path, not loopback";

    public override ClientEndpoint CreateClient()
    {
        NetnsPair pair = NetnsPair.Acquire();
        try
        {
            Socket listener = NetworkNamespace.Within(pair.ClientNamespace, () => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
            return new TcpEndpoint(listener, IPAddress.Parse(NetnsPair.ClientAddress), pair.PeerLauncher, pair);
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => TcpEndpoint.OpenPeer(arguments, wait);
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Remote;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// TCP to a listening peer (<c>IpcBench.Peer --listen</c>) on another host or in another network
/// namespace: what the seed means by a socket "across hosts". The address and the secret's source
/// come from the run (<see cref="RemoteTarget"/>); both sides prove the secret before any payload
/// moves. Nothing is launched here: the client connects (<see cref="Connect"/>) instead of creating
/// endpoints for a child, so <see cref="CreateClient"/> and <see cref="OpenPeer"/> do not apply.
/// </summary>
public sealed class TcpRemoteTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Unavailable =>
        RemoteTarget.FromEnvironment() is null ? $"no listening peer given (--remote HOST:PORT, or {RemoteTarget.Variable})" : null;

    public override string? Route => RemoteTarget.FromEnvironment() is RemoteTarget target ? $"remote host {target}" : "remote host";

    public override string? Note => "TCP to a listening peer (IpcBench.Peer --listen) at the address --remote gives: the network between, whatever it is";

    public override ClientEndpoint CreateClient() =>
        throw new NotSupportedException($"{Name}: its peer already listens elsewhere; PeerConnection connects to it");

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        throw new NotSupportedException($"{Name}: a remote peer is started with IpcBench.Peer --listen ADDR:PORT");

    /// <summary>Connects (from the target's namespace, if it names one), proves the secret both ways and asks for the mode; the hello follows.</summary>
    public static Channel Connect(RemoteTarget target, string mode, WaitPolicy wait)
    {
        byte[] secret = PeerSecret.Load(null);
        IPAddress address = Resolve(target, wait);
        Socket socket = target.ClientNamespace is string ns ? NetworkNamespace.Within(ns, () => NewSocket(address)) : NewSocket(address);
        try
        {
            ConnectWithin(socket, new IPEndPoint(address, target.Address.Port), wait);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Channel channel = SocketSetup.Wrap(socket, wait);
        try
        {
            SecretHandshake.Client(channel, secret, wait.Transport);
            channel.Send(Encoding.ASCII.GetBytes(mode));
            return channel;
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }

    private static IPAddress Resolve(RemoteTarget target, WaitPolicy wait)
    {
        try
        {
            IPAddress[] addresses = Dns.GetHostAddresses(target.Address.Host);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0];
        }
        catch (SocketException e)
        {
            throw new TransportException($"{wait.Transport}: cannot resolve {target.Address.Host}: {e.Message}");
        }
    }

    /// <summary>
    /// A non-blocking connect and a poll for its end: bounded by the timeout, and, unlike
    /// ConnectAsync, it leaves the socket out of .NET's own epoll thread, which would otherwise wake
    /// on every message this channel reads (measured: 74 µs of client CPU per round trip, not 16).
    /// </summary>
    private static void ConnectWithin(Socket socket, IPEndPoint peer, WaitPolicy wait)
    {
        socket.Blocking = false;
        try
        {
            socket.Connect(peer);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            if (!socket.Poll(wait.Timeout, SelectMode.SelectWrite))
            {
                throw new TransportTimeoutException($"{wait.Transport}: no connection within {wait.Timeout.TotalSeconds:0.#} s");
            }

            if ((int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)! is int error and not 0)
            {
                throw new TransportException($"{wait.Transport}: cannot connect: {new SocketException(error).Message}");
            }
        }
        catch (SocketException e)
        {
            throw new TransportException($"{wait.Transport}: cannot connect: {e.Message}");
        }
    }

    private static Socket NewSocket(IPAddress address) => new(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
}

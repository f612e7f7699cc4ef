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
        Socket socket = target.ClientNamespace is string ns ? NetworkNamespace.Within(ns, NewSocket) : NewSocket();
        try
        {
            using var timeout = new CancellationTokenSource(wait.Timeout);
            socket.ConnectAsync(target.Address.Host, target.Address.Port, timeout.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            throw new TransportTimeoutException($"{wait.Transport}: no connection within {wait.Timeout.TotalSeconds:0.#} s");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new TransportException($"{wait.Transport}: cannot connect: {e.Message}");
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

    private static Socket NewSocket() => new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Remote;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Client;

/// <summary>
/// The client's connection to one peer over one transport: endpoints created, peer launched,
/// handshake done, names unlinked. Disposing it ends the peer and removes every object.
/// <see cref="SinkClient"/> and <see cref="EchoClient"/> speak the peer protocol over it.
/// </summary>
public sealed class PeerConnection : IDisposable
{
    /// <summary>How long the peer may take to start, connect and say hello.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly ClientEndpoint? _endpoint;

    private PeerConnection(Transport transport, ClientEndpoint? endpoint, PeerProcess? peer, Channel channel)
    {
        Transport = transport;
        _endpoint = endpoint;
        Peer = peer;
        Channel = channel;
    }

    public Transport Transport { get; }

    /// <summary>The peer process this client launched; null for a peer that listens elsewhere (<see cref="TcpRemoteTransport"/>).</summary>
    public PeerProcess? Peer { get; }

    public Channel Channel { get; }

    /// <param name="peerCpu">The CPU the peer pins itself to, or null to leave it to the scheduler.</param>
    /// <param name="launcher">A command to start the peer through instead of the endpoint's own (<c>unshare</c> into namespaces of its own); it must exec the peer.</param>
    public static PeerConnection Open(Transport transport, PeerMode mode, int? peerCpu = null, TimeSpan? timeout = null, IReadOnlyList<string>? launcher = null)
    {
        if (mode == PeerMode.Sink && !transport.SupportsBulk)
        {
            throw new NotSupportedException($"{transport.Name} has no bulk stream");
        }

        if (transport.Unavailable is string reason)
        {
            throw new NotSupportedException($"{transport.Name}: {reason}");
        }

        if (transport is TcpRemoteTransport)
        {
            return OpenRemote(transport, mode, timeout);
        }

        if (transport.Spins && peerCpu is int cpu && CpuPlacement.IsPinnedTo(cpu))
        {
            throw new NotSupportedException($"{transport.Name}: both sides spin, which cannot work with client and peer on one CPU (use placement split)");
        }

        ClientEndpoint endpoint = transport.CreateClient();
        Interruptions.Track(endpoint, null);
        PeerProcess? peer = null;
        Channel? channel = null;
        try
        {
            peer = PeerProcess.Start(transport.Name, mode, peerCpu, endpoint, launcher ?? endpoint.PeerLauncher);
            Interruptions.Track(endpoint, peer);
            // Starting a .NET process on a loaded machine can take seconds: the hello gets its own, longer timeout.
            TimeSpan operations = timeout ?? WaitPolicy.DefaultTimeout;
            var wait = new WaitPolicy(transport.Name, peer, operations > StartTimeout ? operations : StartTimeout);
            channel = endpoint.Connect(peer, wait);
            AwaitHello(transport, $"the peer (pid {peer.Pid})", channel);
            wait.Timeout = operations;
            endpoint.Unlink();
            return new PeerConnection(transport, endpoint, peer, channel);
        }
        catch
        {
            channel?.Dispose();
            peer?.Dispose();
            endpoint.Dispose();
            Interruptions.Untrack(endpoint);
            throw;
        }
    }

    /// <summary>Sends <paramref name="payload"/> and receives the echo into <paramref name="reply"/>.</summary>
    public int RoundTrip(ReadOnlySpan<byte> payload, Span<byte> reply)
    {
        Channel.Send(payload);
        return Channel.Receive(reply);
    }

    public void Dispose()
    {
        try
        {
            Channel.Dispose();
            Peer?.Dispose();
        }
        finally
        {
            if (_endpoint is not null)
            {
                _endpoint.Dispose();
                Interruptions.Untrack(_endpoint);
            }
        }
    }

    /// <summary>Connects to the run's listening peer: nothing to launch, name or remove here.</summary>
    private static PeerConnection OpenRemote(Transport transport, PeerMode mode, TimeSpan? timeout)
    {
        RemoteTarget target = RemoteTarget.FromEnvironment()!;
        TimeSpan operations = timeout ?? WaitPolicy.DefaultTimeout;
        var wait = new WaitPolicy($"{transport.Name} ({target})", new RemotePeer(target), operations > StartTimeout ? operations : StartTimeout);
        Channel channel = TcpRemoteTransport.Connect(target, mode.ToString().ToLowerInvariant(), wait);
        try
        {
            AwaitHello(transport, $"the peer at {target}", channel);
        }
        catch
        {
            channel.Dispose();
            throw;
        }

        wait.Timeout = operations;
        return new PeerConnection(transport, null, null, channel);
    }

    private static void AwaitHello(Transport transport, string peer, Channel channel)
    {
        Span<byte> hello = stackalloc byte[PeerProtocol.Hello.Length];
        int length;
        try
        {
            length = channel.Receive(hello);
        }
        catch (TransportTimeoutException)
        {
            throw new TransportTimeoutException($"{transport.Name}: {peer} did not say hello in time");
        }

        if (!hello[..length].SequenceEqual(PeerProtocol.HelloFor(channel)))
        {
            throw new InvalidDataException($"{transport.Name}: the peer's hello is wrong ({length} bytes)");
        }
    }
}

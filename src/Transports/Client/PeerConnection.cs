using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

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

    private readonly ClientEndpoint _endpoint;

    private PeerConnection(Transport transport, ClientEndpoint endpoint, PeerProcess peer, Channel channel)
    {
        Transport = transport;
        _endpoint = endpoint;
        Peer = peer;
        Channel = channel;
    }

    public Transport Transport { get; }

    public PeerProcess Peer { get; }

    public Channel Channel { get; }

    /// <param name="peerCpu">The CPU the peer pins itself to, or null to leave it to the scheduler.</param>
    public static PeerConnection Open(Transport transport, PeerMode mode, int? peerCpu = null, TimeSpan? timeout = null)
    {
        if (mode == PeerMode.Sink && !transport.SupportsBulk)
        {
            throw new NotSupportedException($"{transport.Name} has no bulk stream");
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
            peer = PeerProcess.Start(transport.Name, mode, peerCpu, endpoint);
            Interruptions.Track(endpoint, peer);
            // Starting a .NET process on a loaded machine can take seconds: the hello gets its own, longer timeout.
            TimeSpan operations = timeout ?? WaitPolicy.DefaultTimeout;
            var wait = new WaitPolicy(transport.Name, peer, operations > StartTimeout ? operations : StartTimeout);
            channel = endpoint.Connect(peer, wait);
            AwaitHello(transport, peer, channel);
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
            Peer.Dispose();
        }
        finally
        {
            _endpoint.Dispose();
            Interruptions.Untrack(_endpoint);
        }
    }

    private static void AwaitHello(Transport transport, PeerProcess peer, Channel channel)
    {
        Span<byte> hello = stackalloc byte[PeerProtocol.Hello.Length];
        int length;
        try
        {
            length = channel.Receive(hello);
        }
        catch (TransportTimeoutException)
        {
            throw new TransportTimeoutException($"{transport.Name}: the peer (pid {peer.Pid}) did not say hello in time");
        }

        if (!hello[..length].SequenceEqual(PeerProtocol.HelloFor(channel)))
        {
            throw new InvalidDataException($"{transport.Name}: the peer's hello is wrong ({length} bytes)");
        }
    }
}

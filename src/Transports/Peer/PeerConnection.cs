using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using IpcBench.Transports.Peer;

namespace IpcBench.Transports;

/// <summary>
/// The client's connection to one peer over one transport: endpoints created, peer launched,
/// handshake done, names unlinked. Disposing it ends the peer and removes every object.
/// </summary>
public sealed class PeerConnection : IDisposable
{
    // Endpoints not yet disposed, with their peers once started: what an interrupted process must remove.
    private static readonly Dictionary<ClientEndpoint, PeerProcess?> Live = [];

    // Kept alive for the life of the process; they run before the signal's default action.
    private static readonly PosixSignalRegistration[] Interruptions =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => RemoveEverything()),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveEverything()),
    ];

    /// <summary>How long the peer may take to start, connect and say hello.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly ClientEndpoint _endpoint;
    private readonly byte[] _control = new byte[PeerProtocol.AckLength];

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

        GC.KeepAlive(Interruptions);
        ClientEndpoint endpoint = transport.CreateClient();
        Track(endpoint, null);
        PeerProcess? peer = null;
        Channel? channel = null;
        try
        {
            peer = PeerProcess.Start(transport.Name, mode, peerCpu, endpoint);
            Track(endpoint, peer);
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
            Untrack(endpoint);
            throw;
        }
    }

    /// <summary>Sends <paramref name="payload"/> and receives the echo into <paramref name="reply"/>.</summary>
    public int RoundTrip(ReadOnlySpan<byte> payload, Span<byte> reply)
    {
        Channel.Send(payload);
        return Channel.Receive(reply);
    }

    /// <summary>
    /// Streams <paramref name="total"/> bytes in <paramref name="chunk"/>-byte writes, cycling
    /// through <paramref name="source"/>, and returns what the peer says it read.
    /// </summary>
    public (long Count, ulong Checksum) Stream(ReadOnlySpan<byte> source, long total, int chunk)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_control, total);
        Channel.Send(_control.AsSpan(0, PeerProtocol.StartLength));
        int offset = 0;
        for (long left = total; left > 0;)
        {
            int n = (int)Math.Min(Math.Min(chunk, left), source.Length - offset);
            Channel.Write(source.Slice(offset, n));
            offset = offset + n == source.Length ? 0 : offset + n;
            left -= n;
        }

        int length = Channel.Receive(_control);
        if (length != PeerProtocol.AckLength)
        {
            throw new InvalidDataException($"{Transport.Name}: the peer's acknowledgement has {length} bytes, not {PeerProtocol.AckLength}");
        }

        return PeerProtocol.ReadAck(_control);
    }

    /// <summary>The checksum the peer must report for <see cref="Stream"/> of the same source and total.</summary>
    public static ulong ExpectedChecksum(ReadOnlySpan<byte> source, long total)
    {
        var hash = new XxHash3();
        for (long left = total; left > 0; left -= source.Length)
        {
            hash.Append(source[..(int)Math.Min(source.Length, left)]);
        }

        return hash.GetCurrentHashAsUInt64();
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
            Untrack(_endpoint);
        }
    }

    /// <summary>On SIGINT or SIGTERM (and at exit): remove every named object and end every peer.</summary>
    private static void RemoveEverything()
    {
        lock (Live)
        {
            foreach ((ClientEndpoint endpoint, PeerProcess? peer) in Live)
            {
                endpoint.RemoveNames();
                peer?.Kill();
            }
        }
    }

    private static void Track(ClientEndpoint endpoint, PeerProcess? peer)
    {
        lock (Live)
        {
            Live[endpoint] = peer;
        }
    }

    private static void Untrack(ClientEndpoint endpoint)
    {
        lock (Live)
        {
            Live.Remove(endpoint);
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

namespace IpcBench.Transports.Contracts;

/// <summary>
/// One IPC mechanism: how the client creates its endpoints, and how the peer opens the far side
/// from its command line. A transport object holds no state; each connection gets its own endpoint.
/// </summary>
public abstract class Transport
{
    private const string Suffix = "Transport";

    /// <summary>
    /// The benchmark token (<c>Tcp</c> in <c>TcpPingPong</c>), taken from the class name
    /// (<c>TcpTransport</c>) so that it has one source; no token is part of another.
    /// </summary>
    public string Name => GetType().Name[..^Suffix.Length];

    /// <summary>The variant of a transport that comes in several (Shm's wait strategy), or null.</summary>
    public virtual string? Variant => null;

    /// <summary>The name a reader sees: the transport, and its variant if it has one (<c>Shm (Spin)</c>).</summary>
    public string Label => LabelOf(Name, Variant);

    /// <summary>The group whose colour this transport takes in every chart.</summary>
    public abstract TransportFamily Family { get; }

    /// <summary>The Floor: a reference line that transports are measured against, not a contender.</summary>
    public bool IsReference => Family == TransportFamily.Reference;

    /// <summary>The largest ping-pong payload in bytes; 0 for a mechanism that carries no data.</summary>
    public virtual int MaxPayload => int.MaxValue;

    public bool CarriesData => MaxPayload > 0;

    /// <summary>Whether the peer can sink a bulk stream (a throughput scenario exists).</summary>
    public virtual bool SupportsBulk => CarriesData;

    /// <summary>The checksum its sink peer reports for a stream.</summary>
    public virtual StreamChecksum StreamChecksum => StreamChecksum.Xxh3;

    /// <summary>True when both sides busy-wait, which cannot work with both on one CPU.</summary>
    public virtual bool Spins => false;

    /// <summary>What a reader of the results must know about this mechanism, or null.</summary>
    public virtual string? Note => null;

    /// <summary>For a socket, the path its bytes take (loopback, a veth pair, a remote host); null for the rest.</summary>
    public virtual string? Route => null;

    /// <summary>Why this transport cannot run here (it needs root, or a remote peer), or null when it can.</summary>
    public virtual string? Unavailable => null;

    public static string LabelOf(string name, string? variant) => variant is null ? name : $"{name} ({variant})";

    /// <summary>Creates the client's endpoints (the peer is not started yet).</summary>
    public abstract ClientEndpoint CreateClient();

    /// <summary>Opens the peer's side from the arguments its <see cref="ClientEndpoint"/> gave.</summary>
    public abstract Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait);

    public override string ToString() => Label;
}

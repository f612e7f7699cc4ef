namespace IpcBench.Transports;

/// <summary>
/// One IPC mechanism: how the client creates its endpoints, and how the peer opens the far side
/// from its command line. A transport object holds no state; each connection gets its own endpoint.
/// </summary>
public abstract class Transport
{
    /// <summary>The benchmark token (<c>Tcp</c> in <c>TcpPingPong</c>); no token is part of another.</summary>
    public abstract string Name { get; }

    /// <summary>The largest ping-pong payload in bytes; 0 for a mechanism that carries no data.</summary>
    public virtual int MaxPayload => int.MaxValue;

    public bool CarriesData => MaxPayload > 0;

    /// <summary>Whether the peer can sink a bulk stream (a throughput scenario exists).</summary>
    public virtual bool SupportsBulk => CarriesData;

    /// <summary>True when both sides busy-wait, which cannot work with both on one CPU.</summary>
    public virtual bool Spins => false;

    /// <summary>What a reader of the results must know about this mechanism, or null.</summary>
    public virtual string? Note => null;

    /// <summary>Creates the client's endpoints (the peer is not started yet).</summary>
    public abstract ClientEndpoint CreateClient();

    /// <summary>Opens the peer's side from the arguments its <see cref="ClientEndpoint"/> gave.</summary>
    public abstract Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait);

    public override string ToString() => Name;
}

namespace IpcBench.Transports.Protocol;

/// <summary>What the peer does with what arrives.</summary>
public enum PeerMode
{
    /// <summary>Sends every message straight back (ping-pong).</summary>
    Echo,

    /// <summary>Consumes bulk streams and answers each with its byte count and checksum.</summary>
    Sink,
}

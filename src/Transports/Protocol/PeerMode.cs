namespace IpcBench.Transports.Protocol;

/// <summary>What the peer does with what arrives.</summary>
public enum PeerMode
{
    /// <summary>Sends every message straight back (ping-pong).</summary>
    Echo,

    /// <summary>Consumes bulk streams and answers each with its byte count and checksum.</summary>
    Sink,

    /// <summary>Answers JSON-RPC requests framed with LSP's Content-Length headers (after the framed hello).</summary>
    Lsp,

    /// <summary>Answers JSON-RPC requests framed as newline-delimited JSON, as MCP's stdio transport does.</summary>
    Ndjson,
}

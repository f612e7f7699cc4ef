namespace IpcBench.Transports.JsonRpc;

/// <summary>How JSON-RPC messages are cut out of a byte stream.</summary>
public enum JsonRpcFraming
{
    /// <summary>The Language Server Protocol's: <c>Content-Length: N</c> headers, an empty line, N bytes of JSON.</summary>
    Lsp,

    /// <summary>The Model Context Protocol's stdio transport: one JSON message per line (newline-delimited JSON).</summary>
    Ndjson,
}

public static class JsonRpcFramingNames
{
    /// <summary>The name errors and reports use: <c>LSP</c>, <c>NDJSON</c>.</summary>
    public static string Display(this JsonRpcFraming framing) => framing == JsonRpcFraming.Lsp ? "LSP" : "NDJSON";
}

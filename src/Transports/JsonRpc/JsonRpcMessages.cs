using System.Text.Json.Serialization;

namespace IpcBench.Transports.JsonRpc;

/// <summary>A JSON-RPC 2.0 request whose params have the type <typeparamref name="T"/>.</summary>
public sealed record JsonRpcRequest<T>(string Jsonrpc, long Id, string Method, T Params);

/// <summary>A JSON-RPC 2.0 response: a result, or an error (then the id may be null, for a request that could not be read, and is written as null).</summary>
public sealed record JsonRpcResponse<T>(string Jsonrpc, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Id, T? Result, JsonRpcError? Error);

public sealed record JsonRpcError(int Code, string Message)
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.JsonRpc;

/// <summary>
/// The peer's JSON-RPC server: every request is parsed into its typed params (by method) and
/// answered with those params as the result, serialized anew, so that both directions carry the
/// body, like the raw echo it is compared with. A request that is not valid JSON or names an
/// unknown method gets a JSON-RPC error answer; a framing error ends the peer (the stream is lost).
/// </summary>
public static class JsonRpcPeer
{
    public static void Serve(Channel channel, JsonRpcFraming framing)
    {
        var reader = new JsonRpcFrameReader(channel, framing, PeerProtocol.MaxEchoSize);
        var frame = new JsonRpcFrameWriter();
        using var json = new Utf8JsonWriter(frame, JsonRpcJsonContext.WriterOptions);
        while (true)
        {
            ReadOnlySpan<byte> request = reader.ReadFrame();
            frame.Begin();
            json.Reset(frame);
            Answer(request, json);
            json.Flush();
            channel.Write(frame.Finish(framing));
        }
    }

    private static void Answer(ReadOnlySpan<byte> request, Utf8JsonWriter json)
    {
        JsonRpcJsonContext context = JsonRpcJsonContext.Default;
        (long? id, string? method, string? error) = Peek(request);
        if (error is not null)
        {
            Fail(json, id, JsonRpcError.ParseError, error);
            return;
        }

        switch (method is null ? null : LspBodies.BodyOf(method))
        {
            case LspBody.Notification:
                Echo(request, json, context.JsonRpcRequestProgressParams, context.JsonRpcResponseProgressParams);
                break;
            case LspBody.Completion:
                Echo(request, json, context.JsonRpcRequestCompletionList, context.JsonRpcResponseCompletionList);
                break;
            case LspBody.Document:
                Echo(request, json, context.JsonRpcRequestDidChangeParams, context.JsonRpcResponseDidChangeParams);
                break;
            default:
                Fail(json, id, method is null ? JsonRpcError.InvalidRequest : JsonRpcError.MethodNotFound, method is null ? "no method" : $"unknown method '{method}'");
                break;
        }
    }

    private static void Echo<T>(ReadOnlySpan<byte> request, Utf8JsonWriter json, JsonTypeInfo<JsonRpcRequest<T>> requestInfo, JsonTypeInfo<JsonRpcResponse<T>> responseInfo)
    {
        JsonRpcRequest<T>? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(request, requestInfo);
        }
        catch (JsonException e)
        {
            Fail(json, null, JsonRpcError.ParseError, e.Message);
            return;
        }

        if (parsed is null || parsed.Jsonrpc != "2.0" || parsed.Params is null)
        {
            Fail(json, parsed?.Id, JsonRpcError.InvalidRequest, "not a JSON-RPC 2.0 request with params");
            return;
        }

        JsonSerializer.Serialize(json, new JsonRpcResponse<T>("2.0", parsed.Id, parsed.Params, null), responseInfo);
    }

    private static void Fail(Utf8JsonWriter json, long? id, int code, string message) =>
        JsonSerializer.Serialize(json, new JsonRpcResponse<object>("2.0", id, null, new JsonRpcError(code, message)), JsonRpcJsonContext.Default.JsonRpcResponseObject);

    /// <summary>
    /// The request's id and method, read up to the params (which clients write last), so the typed
    /// parse can be chosen; or why the text is not JSON.
    /// </summary>
    internal static (long? Id, string? Method, string? Error) Peek(ReadOnlySpan<byte> request)
    {
        long? id = null;
        string? method = null;
        try
        {
            var reader = new Utf8JsonReader(request);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null, "a request must be a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (id is null || method is null))
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value) ? value : null;
                }
                else if (reader.ValueTextEquals("method"u8))
                {
                    reader.Read();
                    method = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return (id, method, null);
        }
        catch (JsonException e)
        {
            return (id, method, e.Message);
        }
    }
}

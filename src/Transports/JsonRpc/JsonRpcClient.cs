using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.JsonRpc;

/// <summary>
/// Verified JSON-RPC round trips of one body, as an editor makes them: the request is serialized
/// (source-generated System.Text.Json) and framed, the answer is cut out of the stream, parsed into
/// the typed result and compared field by field with what was sent, and its id must be the
/// request's. The framing and the JSON on both sides are part of every round trip.
/// </summary>
public sealed class JsonRpcClient
{
    private readonly Channel _channel;
    private readonly string _name;
    private readonly JsonRpcFraming _framing;
    private readonly JsonRpcFrameReader _reader;
    private readonly JsonRpcFrameWriter _frame = new();
    private readonly Utf8JsonWriter _json;
    private readonly ProgressParams _progress = LspBodies.Progress(42);
    private readonly CompletionList _completion = LspBodies.Completion();
    private readonly DidChangeParams _document = LspBodies.Document(7);
    private long _id;

    public JsonRpcClient(PeerConnection connection, JsonRpcFraming framing, LspBody body)
    {
        _channel = connection.Channel;
        _name = $"{connection.Transport.Name} JSON-RPC ({framing.Display()})";
        _framing = framing;
        Body = body;
        _reader = new JsonRpcFrameReader(_channel, framing, PeerProtocol.MaxEchoSize);
        _json = new Utf8JsonWriter(_frame, JsonRpcJsonContext.WriterOptions);
    }

    public LspBody Body { get; }

    /// <summary>The request's size on the wire, framing included.</summary>
    public int RequestBytes
    {
        get
        {
            JsonRpcJsonContext context = JsonRpcJsonContext.Default;
            return Body switch
            {
                LspBody.Notification => Serialize(0, _progress, context.JsonRpcRequestProgressParams).Length,
                LspBody.Completion => Serialize(0, _completion, context.JsonRpcRequestCompletionList).Length,
                _ => Serialize(0, _document, context.JsonRpcRequestDidChangeParams).Length,
            };
        }
    }

    public void RoundTrip()
    {
        JsonRpcJsonContext context = JsonRpcJsonContext.Default;
        switch (Body)
        {
            case LspBody.Notification:
                Call(_progress, context.JsonRpcRequestProgressParams, context.JsonRpcResponseProgressParams, LspBodies.Same);
                break;
            case LspBody.Completion:
                Call(_completion, context.JsonRpcRequestCompletionList, context.JsonRpcResponseCompletionList, LspBodies.Same);
                break;
            default:
                Call(_document, context.JsonRpcRequestDidChangeParams, context.JsonRpcResponseDidChangeParams, LspBodies.Same);
                break;
        }
    }

    private void Call<T>(T body, JsonTypeInfo<JsonRpcRequest<T>> requestInfo, JsonTypeInfo<JsonRpcResponse<T>> responseInfo, Func<T, T, bool> same)
    {
        long id = ++_id;
        _channel.Write(Serialize(id, body, requestInfo));

        JsonRpcResponse<T>? answer;
        try
        {
            answer = JsonSerializer.Deserialize(_reader.ReadFrame(), responseInfo);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{_name}: answer {id} is not a JSON-RPC response: {e.Message}", e);
        }

        if (answer?.Error is { } error)
        {
            throw new InvalidDataException($"{_name}: the peer answered request {id} with error {error.Code}: {error.Message}");
        }

        if (answer is null || answer.Id != id || answer.Result is null || !same(answer.Result, body))
        {
            throw new InvalidDataException($"{_name}: answer {id} came back wrong (id {answer?.Id})");
        }
    }

    /// <summary>The framed request; valid until the next one.</summary>
    private ReadOnlySpan<byte> Serialize<T>(long id, T body, JsonTypeInfo<JsonRpcRequest<T>> requestInfo)
    {
        _frame.Begin();
        _json.Reset(_frame);
        JsonSerializer.Serialize(_json, new JsonRpcRequest<T>("2.0", id, LspBodies.MethodOf(Body), body), requestInfo);
        _json.Flush();
        return _frame.Finish(_framing);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IpcBench.Transports.JsonRpc;

/// <summary>Serialization code generated at build time for every message the suite sends: no reflection on either side.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonRpcRequest<ProgressParams>))]
[JsonSerializable(typeof(JsonRpcRequest<CompletionList>))]
[JsonSerializable(typeof(JsonRpcRequest<DidChangeParams>))]
[JsonSerializable(typeof(JsonRpcResponse<ProgressParams>))]
[JsonSerializable(typeof(JsonRpcResponse<CompletionList>))]
[JsonSerializable(typeof(JsonRpcResponse<DidChangeParams>))]
[JsonSerializable(typeof(JsonRpcResponse<object>))]
internal sealed partial class JsonRpcJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Escapes only what JSON requires, as Python's and Node's writers do (the default also escapes
    /// <c>&lt;</c>, <c>&amp;</c> and quotes as <c>\u0022</c>, for HTML pages, which no pipe needs).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}

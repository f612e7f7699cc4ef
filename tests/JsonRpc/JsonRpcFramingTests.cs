using System.Text;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;

namespace IpcBench.Tests.JsonRpc;

/// <summary>
/// The frame reader and writer on bytes in memory: messages come out whole however the stream is
/// cut into reads, and every malformed stream is one error naming the framing, never a wait.
/// </summary>
public class JsonRpcFramingTests
{
    private const int Limit = 1024;

    public static TheoryData<int> ReadSizes => [1, 2, 3, 7, 64, 4096];

    [Theory]
    [MemberData(nameof(ReadSizes))]
    public void Lsp_messages_come_out_whole_however_the_stream_is_cut(int readSize)
    {
        string[] bodies = ["{\"a\":1}", "{}", new string('x', 700), "{\"text\":\"line\\nline\"}"];
        var stream = new StringBuilder();
        foreach (string body in bodies)
        {
            stream.Append($"Content-Length: {body.Length}\r\ncontent-type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{body}");
        }

        Assert.Equal(bodies, ReadAll(stream.ToString(), JsonRpcFraming.Lsp, readSize));
    }

    [Theory]
    [MemberData(nameof(ReadSizes))]
    public void Ndjson_messages_come_out_whole_and_empty_lines_are_skipped(int readSize)
    {
        string stream = "{\"a\":1}\n\n{\"b\":2}\r\n" + new string('y', 900) + "\n";
        Assert.Equal(["{\"a\":1}", "{\"b\":2}", new string('y', 900)], ReadAll(stream, JsonRpcFraming.Ndjson, readSize));
    }

    [Theory]
    [InlineData(JsonRpcFraming.Lsp)]
    [InlineData(JsonRpcFraming.Ndjson)]
    public void What_the_writer_frames_the_reader_reads_back(JsonRpcFraming framing)
    {
        var writer = new JsonRpcFrameWriter();
        var wire = new MemoryStream();
        string[] bodies = ["{\"id\":1}", new string('z', 100_000), "{}"];
        foreach (string body in bodies)
        {
            writer.Begin();
            Encoding.ASCII.GetBytes(body, writer);
            wire.Write(writer.Finish(framing));
        }

        var reader = new JsonRpcFrameReader(new MemoryChannel(wire.ToArray(), 5000), framing, 200_000);
        Assert.Equal(bodies, bodies.Select(_ => Encoding.ASCII.GetString(reader.ReadFrame())));
        Assert.Throws<PeerGoneException>(() => reader.ReadFrame());
    }

    [Theory]
    [InlineData(JsonRpcFraming.Lsp, "Content-Length: abc\r\n\r\n{}", "LSP framing: Content-Length 'abc' is not a byte count")]
    [InlineData(JsonRpcFraming.Lsp, "Content-Length: -5\r\n\r\n{}", "LSP framing: Content-Length '-5' is not a byte count")]
    [InlineData(JsonRpcFraming.Lsp, "Content-Type: text/plain\r\n\r\n{}", "LSP framing: no Content-Length header before the empty line")]
    [InlineData(JsonRpcFraming.Lsp, "hello peer\r\n\r\n", "LSP framing: a header line without ':' ('hello peer')")]
    [InlineData(JsonRpcFraming.Lsp, "Content-Length: 1025\r\n\r\n", "LSP framing: a body of 1025 bytes is over the limit of 1024 bytes")]
    [InlineData(JsonRpcFraming.Lsp, "Content-Length: 100\r\n\r\n{\"truncated\"", "LSP framing: the stream ended 12 bytes into a body of 100 bytes")]
    [InlineData(JsonRpcFraming.Lsp, "Content-Length: 10\r\nConte", "LSP framing: the stream ended inside the headers")]
    [InlineData(JsonRpcFraming.Ndjson, "{\"id\":1,\"method\":\"x\"", "NDJSON framing: the stream ended inside a message (20 bytes without a newline)")]
    public void A_malformed_stream_is_one_error_naming_the_framing(JsonRpcFraming framing, string stream, string error)
    {
        var reader = new JsonRpcFrameReader(new MemoryChannel(Encoding.ASCII.GetBytes(stream), 3), framing, Limit);
        var e = Assert.Throws<InvalidDataException>(() => reader.ReadFrame());
        Assert.StartsWith(error, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Header_lines_and_lines_over_the_limit_are_refused_without_reading_on()
    {
        var lsp = new JsonRpcFrameReader(new MemoryChannel(Encoding.ASCII.GetBytes(new string('H', 5000)), 100), JsonRpcFraming.Lsp, Limit);
        Assert.StartsWith("LSP framing: a header line longer than 1024 bytes", Assert.Throws<InvalidDataException>(() => lsp.ReadFrame()).Message);

        var ndjson = new JsonRpcFrameReader(new MemoryChannel(Encoding.ASCII.GetBytes(new string('{', 5000)), 100), JsonRpcFraming.Ndjson, Limit);
        Assert.Equal("NDJSON framing: a message over the limit of 1024 bytes without a newline", Assert.Throws<InvalidDataException>(() => ndjson.ReadFrame()).Message);
    }

    [Fact]
    public void The_peer_peeks_id_and_method_before_the_params_and_names_what_is_not_json()
    {
        Assert.Equal((7L, "textDocument/completion", (string?)null), JsonRpcPeer.Peek("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/completion\",\"params\":{}}"u8));
        Assert.Equal((null, "$/progress", (string?)null), JsonRpcPeer.Peek("{\"params\":{\"a\":[1,2,{}]},\"method\":\"$/progress\"}"u8));
        Assert.NotNull(JsonRpcPeer.Peek("{\"id\":3,\"method\":"u8).Error);
        Assert.Equal("a request must be a JSON object", JsonRpcPeer.Peek("[1,2]"u8).Error);
    }

    private static List<string> ReadAll(string stream, JsonRpcFraming framing, int readSize)
    {
        var reader = new JsonRpcFrameReader(new MemoryChannel(Encoding.ASCII.GetBytes(stream), readSize), framing, Limit);
        var messages = new List<string>();
        while (true)
        {
            try
            {
                messages.Add(Encoding.ASCII.GetString(reader.ReadFrame()));
            }
            catch (PeerGoneException)
            {
                return messages;
            }
        }
    }
}

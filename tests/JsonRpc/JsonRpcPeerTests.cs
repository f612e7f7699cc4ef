using System.Text;
using IpcBench.Tests.Support;
using IpcBench.Transports.Client;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Protocol;

namespace IpcBench.Tests.JsonRpc;

/// <summary>
/// Every JSON-RPC path — stdio, Unix socket and TCP with the .NET, Python and Node.js peers — in
/// both framings: every body comes back parsed, rewritten and equal to what was sent, with the
/// request's id; a request the peer cannot answer gets a JSON-RPC error and the stream goes on.
/// </summary>
public class JsonRpcPeerTests
{
    public static TheoryData<string, JsonRpcFraming> Paths
    {
        get
        {
            var paths = new TheoryData<string, JsonRpcFraming>();
            foreach (var transport in JsonRpcTransports.All.Where(t => t.Unavailable is null))
            {
                paths.Add(transport.Name, JsonRpcFraming.Lsp);
                paths.Add(transport.Name, JsonRpcFraming.Ndjson);
            }

            return paths;
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_body_comes_back_equal_with_its_id(string transport, JsonRpcFraming framing)
    {
        var before = IpcLeakCheck.Take();
        using (var connection = PeerConnection.Open(JsonRpcTransports.Find(transport), framing == JsonRpcFraming.Lsp ? PeerMode.Lsp : PeerMode.Ndjson))
        {
            foreach (LspBody body in Enum.GetValues<LspBody>())
            {
                var client = new JsonRpcClient(connection, framing, body);
                for (int i = 0; i < 20; i++)
                {
                    client.RoundTrip();
                }
            }

            // Requests the peer cannot serve get an error answer, and the stream stays usable.
            var reader = new JsonRpcFrameReader(connection.Channel, framing, PeerProtocol.MaxEchoSize);
            Assert.Contains("-32601", Call(connection, reader, framing, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"no/such\",\"params\":{}}"));
            Assert.Contains("\"id\":5", Call(connection, reader, framing, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"no/such\",\"params\":{}}"));
            string parseError = Call(connection, reader, framing, "{\"jsonrpc\":\"2.0\",\"id\":6,");
            Assert.Contains("-32700", parseError);
            // The id member is always there: the request's, where the peer read it before the error (.NET), else null.
            Assert.Matches("\"id\":(6|null)[,}]", parseError);
            new JsonRpcClient(connection, framing, LspBody.Completion).RoundTrip();
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [Theory]
    [InlineData(JsonRpcFraming.Lsp, 180, 260)]
    [InlineData(JsonRpcFraming.Ndjson, 150, 240)]
    public void The_notification_body_is_about_200_bytes_and_the_others_4_and_64_KiB(JsonRpcFraming framing, int low, int high)
    {
        using var connection = PeerConnection.Open(JsonRpcTransports.Find("Stdio"), PeerMode.Echo);
        Assert.InRange(new JsonRpcClient(connection, framing, LspBody.Notification).RequestBytes, low, high);
        Assert.InRange(new JsonRpcClient(connection, framing, LspBody.Completion).RequestBytes, 3800, 4600);
        Assert.InRange(new JsonRpcClient(connection, framing, LspBody.Document).RequestBytes, 60_000, 70_000);
    }

    private static string Call(PeerConnection connection, JsonRpcFrameReader reader, JsonRpcFraming framing, string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        connection.Channel.Write(framing == JsonRpcFraming.Lsp ? [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body] : [.. body, (byte)'\n']);
        return Encoding.UTF8.GetString(reader.ReadFrame());
    }
}

using System.Net;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Web;

/// <summary>
/// WebSocket on loopback: binary messages echoed by Kestrel over one upgraded connection, with
/// .NET's ClientWebSocket as the client. Its API is asynchronous only, on both sides.
/// </summary>
public sealed class WebSocketTransport : WebTransport
{
    public override string? Note => "WebSocket binary messages: ClientWebSocket against Kestrel in the peer; both APIs are asynchronous, so a waiting receive wakes a thread-pool thread";

    internal override Channel Connect(IPEndPoint address, string token, WaitPolicy wait) => WebSocketChannel.Open(address, token, wait);
}

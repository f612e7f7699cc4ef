using System.Net;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Web;

/// <summary>
/// HTTP/1.1 on loopback: each message is a POST whose body Kestrel sends back as the response
/// body, over one kept-alive connection, with .NET's HttpClient as the client (its synchronous
/// Send, so that no thread-pool hop is added on the client's side).
/// </summary>
public sealed class HttpTransport : WebTransport
{
    public override string? Note => "HTTP/1.1 POST echo: HttpClient against Kestrel in the peer, one kept-alive connection, headers on every message";

    internal override Channel Connect(IPEndPoint address, string token, WaitPolicy wait) => new HttpEchoChannel(address, token, wait);
}

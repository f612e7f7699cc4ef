using System.Net;
using System.Net.Http.Headers;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.Web;

/// <summary>
/// Messages as HTTP exchanges: <see cref="Send"/> posts the message and waits for the whole
/// response (its body too, so that the timeout covers every byte), <see cref="Receive"/> copies the body out. A receive with no request outstanding asks for
/// the peer's hello (GET /hello), which is how the connection is made and checked before use.
/// </summary>
internal sealed class HttpEchoChannel : WebChannel
{
    private readonly HttpClient _client;
    private readonly byte[] _body = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize);
    private HttpResponseMessage? _pending;

    public HttpEchoChannel(IPEndPoint address, string token, WaitPolicy wait)
        : base(wait)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _client = new HttpClient(handler) { BaseAddress = new Uri($"http://{address}/"), Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public override void Send(ReadOnlySpan<byte> message)
    {
        message.CopyTo(_body);
        var request = new HttpRequestMessage(HttpMethod.Post, WebPeer.EchoPath) { Content = new ByteArrayContent(_body, 0, message.Length) };
        _pending = Exchange(request);
    }

    public override int Receive(Span<byte> buffer)
    {
        using HttpResponseMessage response = _pending ?? Exchange(new HttpRequestMessage(HttpMethod.Get, WebPeer.HelloPath));
        _pending = null;
        long length = response.Content.Headers.ContentLength ?? throw new InvalidDataException($"{Wait.Transport}: a response without Content-Length");
        if (length > buffer.Length)
        {
            throw new InvalidDataException($"{Wait.Transport}: a {length}-byte response does not fit a {buffer.Length}-byte buffer");
        }

        using Stream body = response.Content.ReadAsStream();
        body.ReadExactly(buffer[..(int)length]);
        return (int)length;
    }

    protected override void Dispose(bool disposing)
    {
        _pending?.Dispose();
        _client.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>One request and its whole response; a dead peer, a timeout or an error status is named.</summary>
    private HttpResponseMessage Exchange(HttpRequestMessage request)
    {
        CancellationToken timeout = StartOperation();
        HttpResponseMessage response;
        try
        {
            response = _client.Send(request, HttpCompletionOption.ResponseContentRead, timeout);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Wait.Other.IsAlive ? new TransportException($"{Wait.Transport}: {e.Message}", e) : new PeerGoneException($"{Wait.Transport}: {Wait.Other.DescribeExit()}");
        }
        catch (OperationCanceledException)
        {
            throw new TransportTimeoutException($"{Wait.Transport}: no response within {Wait.Timeout.TotalSeconds:0.#} s");
        }
        finally
        {
            request.Dispose();
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            response.Dispose();
            throw new TransportException($"{Wait.Transport}: the peer answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        return response;
    }
}

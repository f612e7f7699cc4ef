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
internal sealed class HttpEchoChannel : Channel
{
    private readonly HttpClient _client;
    private readonly WaitPolicy _wait;
    private readonly byte[] _body = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize);
    private readonly CancellationTokenSource _timeout = new();
    private HttpResponseMessage? _pending;

    public HttpEchoChannel(IPEndPoint address, string token, WaitPolicy wait)
    {
        _wait = wait;
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

    public override int MaxMessageSize => PeerProtocol.MaxEchoSize;

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
        long length = response.Content.Headers.ContentLength ?? throw new InvalidDataException($"{_wait.Transport}: a response without Content-Length");
        if (length > buffer.Length)
        {
            throw new InvalidDataException($"{_wait.Transport}: a {length}-byte response does not fit a {buffer.Length}-byte buffer");
        }

        using Stream body = response.Content.ReadAsStream();
        body.ReadExactly(buffer[..(int)length]);
        return (int)length;
    }

    public override void Write(ReadOnlySpan<byte> data) => throw new NotSupportedException($"{_wait.Transport} has no bulk stream");

    public override int Read(Span<byte> buffer) => throw new NotSupportedException($"{_wait.Transport} has no bulk stream");

    protected override void Dispose(bool disposing)
    {
        _pending?.Dispose();
        _client.Dispose();
        _timeout.Dispose();
    }

    /// <summary>One request and its whole response; a dead peer, a timeout or an error status is named.</summary>
    private HttpResponseMessage Exchange(HttpRequestMessage request)
    {
        if (!_timeout.TryReset())
        {
            throw new TransportTimeoutException($"{_wait.Transport}: an earlier request timed out; the connection is gone");
        }

        _timeout.CancelAfter(_wait.Timeout);
        HttpResponseMessage response;
        try
        {
            response = _client.Send(request, HttpCompletionOption.ResponseContentRead, _timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw _wait.Other.IsAlive ? new TransportException($"{_wait.Transport}: {e.Message}", e) : new PeerGoneException($"{_wait.Transport}: {_wait.Other.DescribeExit()}");
        }
        catch (OperationCanceledException)
        {
            throw new TransportTimeoutException($"{_wait.Transport}: no response within {_wait.Timeout.TotalSeconds:0.#} s");
        }
        finally
        {
            request.Dispose();
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            response.Dispose();
            throw new TransportException($"{_wait.Transport}: the peer answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        return response;
    }
}

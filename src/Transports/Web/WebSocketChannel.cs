using System.Net;
using System.Net.WebSockets;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.Web;

/// <summary>
/// Messages as binary WebSocket messages over one upgraded connection. The API is asynchronous;
/// the benchmark thread waits for each operation, under the channel's timeout.
/// </summary>
internal sealed class WebSocketChannel : WebChannel
{
    private readonly ClientWebSocket _socket;
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize);

    private WebSocketChannel(ClientWebSocket socket, WaitPolicy wait)
        : base(wait)
    {
        _socket = socket;
    }

    /// <summary>Connects and upgrades, presenting the peer's token; the peer's first message is its hello.</summary>
    public static WebSocketChannel Open(IPEndPoint address, string token, WaitPolicy wait)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        socket.Options.Proxy = null;
        var channel = new WebSocketChannel(socket, wait);
        try
        {
            channel.Await(new ValueTask(socket.ConnectAsync(new Uri($"ws://{address}{WebPeer.WebSocketPath}"), channel.StartOperation())), "connect");
            return channel;
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }

    public override void Send(ReadOnlySpan<byte> message)
    {
        message.CopyTo(_buffer);
        Await(_socket.SendAsync(_buffer.AsMemory(0, message.Length), WebSocketMessageType.Binary, true, StartOperation()), "send");
    }

    public override int Receive(Span<byte> buffer)
    {
        int length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            if (length == _buffer.Length)
            {
                throw new InvalidDataException($"{Wait.Transport}: a message over {_buffer.Length} bytes");
            }

            result = Await(_socket.ReceiveAsync(_buffer.AsMemory(length), StartOperation()), "receive");
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new PeerGoneException($"{Wait.Transport}: the peer closed the WebSocket");
            }

            length += result.Count;
        }
        while (!result.EndOfMessage);

        if (length > buffer.Length)
        {
            throw new InvalidDataException($"{Wait.Transport}: a {length}-byte message does not fit a {buffer.Length}-byte buffer");
        }

        _buffer.AsSpan(0, length).CopyTo(buffer);
        return length;
    }

    protected override void Dispose(bool disposing)
    {
        _socket.Dispose();
        base.Dispose(disposing);
    }

    // A ValueTask must not be asked for its result before it completes: an unfinished one is waited for as a Task.
    private void Await(ValueTask task, string operation)
    {
        try
        {
            if (!task.IsCompletedSuccessfully)
            {
                task.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            throw Failure(e, operation);
        }
    }

    private T Await<T>(ValueTask<T> task, string operation)
    {
        try
        {
            return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            throw Failure(e, operation);
        }
    }

    private TransportException Failure(Exception e, string operation) =>
        !Wait.Other.IsAlive ? new PeerGoneException($"{Wait.Transport}: {Wait.Other.DescribeExit()}")
        : e is OperationCanceledException ? new TransportTimeoutException($"{Wait.Transport}: {operation} took over {Wait.Timeout.TotalSeconds:0.#} s")
        : new TransportException($"{Wait.Transport}: {operation}: {e.Message}", e);
}

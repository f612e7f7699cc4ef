using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace IpcBench.Transports.Web;

/// <summary>
/// The peer's side of <see cref="WebTransport"/>: Kestrel on the listening socket the client
/// handed down, serving GET /hello, POST /echo (the body back) and /ws (a WebSocket that says
/// hello, then echoes every message). Requests without the client's token get 401. Runs until the
/// client kills it or dies (the parent watch).
/// </summary>
public static class WebPeer
{
    public const string HelloPath = "/hello";
    public const string EchoPath = "/echo";
    public const string WebSocketPath = "/ws";

    public static void Serve(IReadOnlyList<string> arguments)
    {
        ulong descriptor = ulong.Parse(arguments[0], CultureInfo.InvariantCulture);
        byte[] expected = Encoding.ASCII.GetBytes("Bearer " + (Environment.GetEnvironmentVariable(SocketSetup.TokenVariable)
            ?? throw new ArgumentException($"{SocketSetup.TokenVariable} is not set")));

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = PeerProtocol.MaxEchoSize;
            kestrel.ListenHandle(descriptor, listen => listen.Protocols = HttpProtocols.Http1);
        });
        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.Use((context, next) =>
        {
            byte[] presented = Encoding.ASCII.GetBytes(context.Request.Headers.Authorization.ToString());
            if (!CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.MapGet(HelloPath, (HttpContext context) => Reply(context, PeerProtocol.Hello.ToArray(), PeerProtocol.Hello.Length));
        app.MapPost(EchoPath, Echo);
        app.Map(WebSocketPath, EchoMessages);
        app.Run();
    }

    private static async Task Echo(HttpContext context)
    {
        if (context.Request.ContentLength is not long length || length > PeerProtocol.MaxEchoSize)
        {
            context.Response.StatusCode = StatusCodes.Status411LengthRequired;
            return;
        }

        byte[] body = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            await context.Request.Body.ReadExactlyAsync(body.AsMemory(0, (int)length), context.RequestAborted);
            await Reply(context, body, (int)length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private static Task Reply(HttpContext context, byte[] body, int length)
    {
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = length;
        return context.Response.Body.WriteAsync(body, 0, length, context.RequestAborted);
    }

    private static async Task EchoMessages(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        CancellationToken aborted = context.RequestAborted;
        await socket.SendAsync(PeerProtocol.Hello.ToArray(), WebSocketMessageType.Binary, true, aborted);
        byte[] buffer = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize);
        while (true)
        {
            int length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, $"messages are at most {buffer.Length} bytes", aborted);
                    return;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), aborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, aborted);
                    return;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage);

            await socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Binary, true, aborted);
        }
    }
}

using System.IO.Pipes;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Naming;
using IpcBench.Transports.Streams;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// .NET's NamedPipeServerStream and NamedPipeClientStream, used through their Stream API. On
/// Linux these are not FIFOs but a Unix-domain stream socket (/tmp/CoreFxPipe_NAME), so the
/// figures are a Unix socket's plus .NET's stream layer; CurrentUserOnly keeps other users out.
/// </summary>
public sealed class DotNetPipeTransport : Transport
{
    /// <summary>.NET puts a named pipe's socket in the temp folder as CoreFxPipe_NAME.</summary>
    public static LeftoverPlace Leftovers { get; } = new(Path.GetTempPath(), SocketPrefix + IpcNames.Prefix + "*");

    private const string SocketPrefix = "CoreFxPipe_";

    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override string? Note => "on Linux a .NET named pipe is a Unix-domain stream socket, not a FIFO";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        var pipe = new NamedPipeClientStream(".", arguments[0], PipeDirection.InOut, PipeOptions.CurrentUserOnly);
        try
        {
            pipe.Connect((int)wait.Timeout.TotalMilliseconds);
        }
        catch
        {
            pipe.Dispose();
            throw;
        }

        return new PipeStreamChannel(pipe, wait);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly string _name = IpcNames.New();
        private readonly NamedPipeServerStream _server;
        private bool _connected;

        public Endpoint()
        {
            _server = new NamedPipeServerStream(_name, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.CurrentUserOnly);
            SocketSetup.MakePrivate(SocketPath);
        }

        // Where .NET puts a named pipe's socket on Linux.
        private string SocketPath => Path.Combine(Path.GetTempPath(), SocketPrefix + _name);

        public override IReadOnlyList<string> PeerArguments => [_name];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            // WaitForConnection has no timeout; the guard closes the server if the peer never comes.
            using (var guard = new BlockingCallGuard(wait, _server.Dispose))
            {
                guard.Enter("connect");
                try
                {
                    _server.WaitForConnection();
                }
                catch (Exception e) when (e is ObjectDisposedException or IOException && guard.Failure is not null)
                {
                    throw guard.Failure!;
                }
            }

            _connected = true;
            return new PipeStreamChannel(_server, wait);
        }

        /// <summary>The socket file .NET made for the server: once connected it is not needed, so it goes.</summary>
        public override void Unlink() => File.Delete(SocketPath);

        protected override void Dispose(bool disposing)
        {
            if (!_connected)
            {
                _server.Dispose();
            }

            Unlink();
        }
    }

    /// <summary>
    /// Framed messages over the pipe's Stream API. Stream reads have no timeout: a guard disposes
    /// the stream when a call waits on a dead or hung peer, which ends the call.
    /// </summary>
    private sealed class PipeStreamChannel : StreamChannel
    {
        private readonly PipeStream _pipe;
        private readonly WaitPolicy _wait;
        private readonly BlockingCallGuard _guard;

        public PipeStreamChannel(PipeStream pipe, WaitPolicy wait)
        {
            _pipe = pipe;
            _wait = wait;
            _guard = new BlockingCallGuard(wait, pipe.Dispose);
        }

        protected override void WriteAll(ReadOnlySpan<byte> data)
        {
            _guard.Enter("write");
            try
            {
                _pipe.Write(data);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                throw _guard.Failure ?? _wait.Gone("write");
            }
            finally
            {
                _guard.Exit();
            }
        }

        protected override int ReadSome(Span<byte> buffer)
        {
            _guard.Enter("read");
            int n;
            try
            {
                n = _pipe.Read(buffer);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                throw _guard.Failure ?? _wait.Gone("read");
            }
            finally
            {
                _guard.Exit();
            }

            return n > 0 ? n : throw (_guard.Failure ?? _wait.Gone("read (end of stream)"));
        }

        protected override void Dispose(bool disposing)
        {
            _guard.Dispose();
            _pipe.Dispose();
        }
    }
}

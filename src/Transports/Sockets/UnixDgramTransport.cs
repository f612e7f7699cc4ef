using System.Net.Sockets;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Messages;
using IpcBench.Transports.Naming;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// Unix-domain datagram sockets bound in a private folder (0700) and connected to each other:
/// the kernel keeps message boundaries. Datagrams are capped at <see cref="DatagramSize"/>
/// bytes (the default socket buffer takes about 200 KiB); larger payloads are chunked.
/// </summary>
public sealed class UnixDgramTransport : Transport
{
    public const int DatagramSize = 65536;

    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override string? Note => $"datagrams of at most {DatagramSize} bytes; larger payloads are chunked";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        try
        {
            socket.Bind(new UnixDomainSocketEndPoint(arguments[1]));
            SocketSetup.MakePrivate(arguments[1]);
            socket.Connect(new UnixDomainSocketEndPoint(arguments[0]));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new DatagramChannel(socket, wait);
    }

    private sealed unsafe class Endpoint : ClientEndpoint
    {
        private readonly PrivateFolder _folder = new();
        private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        private readonly string _clientPath;
        private readonly string _peerPath;

        public Endpoint()
        {
            _clientPath = _folder.Combine("client.sock");
            _peerPath = _folder.Combine("peer.sock");
            _socket.Bind(new UnixDomainSocketEndPoint(_clientPath));
            SocketSetup.MakePrivate(_clientPath);
        }

        public override IReadOnlyList<string> PeerArguments => [_clientPath, _peerPath];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            // The peer's hello tells that its socket is bound; only then can ours connect to it.
            Socket socket = _socket;
            wait.InSlices("hello", ref socket, static (ref Socket s, int slice) => s.Poll(slice * 1000, SelectMode.SelectRead));

            _socket.Connect(new UnixDomainSocketEndPoint(_peerPath));
            return new DatagramChannel(_socket, wait);
        }

        public override void Unlink() => _folder.Dispose();

        protected override void Dispose(bool disposing)
        {
            _socket.Dispose();
            _folder.Dispose();
        }
    }

    /// <summary>Datagrams through non-blocking send/recv on the socket's descriptor, waiting in poll slices.</summary>
    private sealed unsafe class DatagramChannel : MessageChannel
    {
        private readonly Socket _socket;
        private readonly int _fd;
        private readonly WaitPolicy _wait;

        public DatagramChannel(Socket socket, WaitPolicy wait)
        {
            _socket = socket;
            _fd = (int)socket.SafeHandle.DangerousGetHandle();
            _wait = wait;
            Libc.SetNonBlocking(_fd);
        }

        protected override int PartSize => DatagramSize;

        protected override void SendPart(ReadOnlySpan<byte> part)
        {
            fixed (byte* start = part)
            {
                while (Libc.Write(_fd, start, (nuint)part.Length) < 0)
                {
                    _wait.RetryOrThrow("send");
                    _wait.UntilReady(_fd, Libc.POLLOUT, "send");
                }
            }
        }

        protected override int ReceivePart(Span<byte> buffer)
        {
            fixed (byte* start = buffer)
            {
                nint n;
                while ((n = Libc.Read(_fd, start, (nuint)buffer.Length)) < 0)
                {
                    _wait.RetryOrThrow("recv");
                    _wait.UntilReady(_fd, Libc.POLLIN, "recv");
                }

                return (int)n;
            }
        }

        protected override void Dispose(bool disposing) => _socket.Dispose();
    }
}

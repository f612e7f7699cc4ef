using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// TCP over 127.0.0.1 with TCP_NODELAY. Any local user may connect to a loopback port, so the
/// peer proves itself with a secret handed over in its environment before anything else is said.
/// </summary>
public sealed class TcpTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(new IPEndPoint(IPAddress.Loopback, int.Parse(arguments[0], CultureInfo.InvariantCulture)));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Channel channel = SocketSetup.Wrap(socket, wait);
        SocketSetup.PresentToken(channel, Name);
        return channel;
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly string _token = SocketSetup.NewToken();

        public Endpoint()
        {
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(1);
        }

        public override IReadOnlyList<string> PeerArguments =>
            [((IPEndPoint)_listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture)];

        public override IReadOnlyDictionary<string, string> PeerEnvironment =>
            new Dictionary<string, string> { [SocketSetup.TokenVariable] = _token };

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            Socket socket = SocketSetup.Accept(_listener, wait);
            socket.NoDelay = true;
            Channel channel = SocketSetup.Wrap(socket, wait);
            try
            {
                SocketSetup.ExpectToken(channel, _token, "Tcp");
            }
            catch
            {
                channel.Dispose();
                throw;
            }

            return channel;
        }

        public override void Unlink() => _listener.Dispose();

        protected override void Dispose(bool disposing) => _listener.Dispose();
    }
}

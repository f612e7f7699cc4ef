using System.Globalization;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Streams;

namespace IpcBench.Transports.Pipes;

/// <summary>Two anonymous pipes made with pipe(2), one per direction; the peer inherits its ends.</summary>
public sealed class AnonPipeTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        new FdStreamChannel(
            int.Parse(arguments[0], CultureInfo.InvariantCulture),
            int.Parse(arguments[1], CultureInfo.InvariantCulture),
            wait);

    /// <summary>Makes a pipe whose ends close on exec until the peer launch lifts that for the peer's end.</summary>
    internal static unsafe (int Read, int Write) CreatePipe()
    {
        int* fds = stackalloc int[2];
        Libc.Check(Libc.Pipe2(fds, Libc.O_CLOEXEC), "pipe2");
        return (fds[0], fds[1]);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly (int Read, int Write) _toPeer = CreatePipe();
        private readonly (int Read, int Write) _fromPeer = CreatePipe();
        private bool _connected;

        public override IReadOnlyList<string> PeerArguments =>
            [_toPeer.Read.ToString(CultureInfo.InvariantCulture), _fromPeer.Write.ToString(CultureInfo.InvariantCulture)];

        public override IReadOnlyList<int> InheritedDescriptors => [_toPeer.Read, _fromPeer.Write];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            // The peer holds its ends now; closing ours lets a dead peer show up as end of stream.
            Libc.Close(_toPeer.Read);
            Libc.Close(_fromPeer.Write);
            _connected = true;
            return new FdStreamChannel(_fromPeer.Read, _toPeer.Write, wait);
        }

        protected override void Dispose(bool disposing)
        {
            if (!_connected)
            {
                Libc.Close(_toPeer.Read);
                Libc.Close(_toPeer.Write);
                Libc.Close(_fromPeer.Read);
                Libc.Close(_fromPeer.Write);
            }
        }
    }
}

using System.Globalization;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Wakeups;

/// <summary>Two eventfds, one per direction, inherited by the peer: a counter the kernel wakes on.</summary>
public sealed class EventFdTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override int MaxPayload => 0;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        new EventFdChannel(
            post: int.Parse(arguments[1], CultureInfo.InvariantCulture),
            awaited: int.Parse(arguments[0], CultureInfo.InvariantCulture),
            wait);

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly int _toPeer = Create();
        private readonly int _fromPeer = Create();
        private bool _connected;

        public override IReadOnlyList<string> PeerArguments =>
            [_toPeer.ToString(CultureInfo.InvariantCulture), _fromPeer.ToString(CultureInfo.InvariantCulture)];

        public override IReadOnlyList<int> InheritedDescriptors => [_toPeer, _fromPeer];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            _connected = true;
            return new EventFdChannel(post: _toPeer, awaited: _fromPeer, wait);
        }

        protected override void Dispose(bool disposing)
        {
            if (!_connected)
            {
                Libc.Close(_toPeer);
                Libc.Close(_fromPeer);
            }
        }

        private static int Create() => (int)Libc.Check(Libc.EventFd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK), "eventfd");
    }

    /// <summary>Post adds 1 to the other side's counter; a read takes the whole count (here always 1).</summary>
    private sealed unsafe class EventFdChannel : WakeUpChannel
    {
        private readonly int _post;
        private readonly int _awaited;
        private readonly WaitPolicy _wait;
        private bool _disposed;

        public EventFdChannel(int post, int awaited, WaitPolicy wait)
        {
            _post = post;
            _awaited = awaited;
            _wait = wait;
            Libc.SetNonBlocking(post);
            Libc.SetNonBlocking(awaited);
        }

        protected override void Post()
        {
            ulong one = 1;
            Libc.Check(Libc.Write(_post, (byte*)&one, sizeof(ulong)), "write(eventfd)");
        }

        protected override void Await()
        {
            ulong count;
            while (Libc.Read(_awaited, (byte*)&count, sizeof(ulong)) < 0)
            {
                _wait.RetryOrThrow("read(eventfd)");
                _wait.UntilReady(_awaited, Libc.POLLIN, "read(eventfd)");
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                _disposed = true;
                Libc.Close(_post);
                Libc.Close(_awaited);
            }
        }
    }
}

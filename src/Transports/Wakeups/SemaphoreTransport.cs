using IpcBench.Transports.Interop;
using IpcBench.Transports.Peer;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// Two POSIX named semaphores (sem_open, mode 0600, unpredictable names), one per direction:
/// a wake-up round trip, since a semaphore synchronises and carries no data. The names are
/// unlinked once the peer has opened them.
/// </summary>
public sealed class SemaphoreTransport : Transport
{
    public override string Name => "Semaphore";

    public override int MaxPayload => 0;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        nint toPeer = Open(arguments[0], create: false);
        nint fromPeer;
        try
        {
            fromPeer = Open(arguments[1], create: false);
        }
        catch
        {
            Libc.SemClose(toPeer);
            throw;
        }

        return new SemaphoreChannel(post: fromPeer, awaited: toPeer, wait);
    }

    private static nint Open(string name, bool create)
    {
        nint semaphore = Libc.SemOpen(name, create ? Libc.O_CREAT | Libc.O_EXCL : 0, 0x180, 0);
        if (Libc.SemFailed(semaphore))
        {
            Libc.ThrowLastError($"sem_open({name})");
        }

        return semaphore;
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly string _toPeerName = NewName();
        private readonly string _fromPeerName = NewName();
        private readonly nint _toPeer;
        private readonly nint _fromPeer;
        private bool _unlinked;
        private bool _connected;

        public Endpoint()
        {
            _toPeer = Open(_toPeerName, create: true);
            try
            {
                _fromPeer = Open(_fromPeerName, create: true);
            }
            catch
            {
                Libc.SemClose(_toPeer);
                Libc.SemUnlink(_toPeerName);
                throw;
            }
        }

        public override IReadOnlyList<string> PeerArguments => [_toPeerName, _fromPeerName];

        public override Channel Connect(PeerProcess peer, WaitPolicy wait)
        {
            _connected = true;
            return new SemaphoreChannel(post: _toPeer, awaited: _fromPeer, wait);
        }

        public override void Unlink()
        {
            if (!_unlinked)
            {
                _unlinked = true;
                Libc.SemUnlink(_toPeerName);
                Libc.SemUnlink(_fromPeerName);
            }
        }

        protected override void Dispose(bool disposing)
        {
            Unlink();
            if (!_connected)
            {
                Libc.SemClose(_toPeer);
                Libc.SemClose(_fromPeer);
            }
        }

        private static string NewName() => "/" + IpcNames.New();
    }

    private sealed unsafe class SemaphoreChannel(nint post, nint awaited, WaitPolicy wait) : WakeUpChannel
    {
        private bool _disposed;

        protected override void Post() => Libc.Check(Libc.SemPost(post), "sem_post");

        protected override void Await()
        {
            Deadline deadline = wait.Start("sem_timedwait");
            while (true)
            {
                Libc.Timespec slice = Libc.Timespec.RealtimeIn(WaitPolicy.SliceMilliseconds);
                if (Libc.SemTimedWait(awaited, &slice) == 0)
                {
                    return;
                }

                int errno = Libc.LastErrno;
                if (errno == Libc.ETIMEDOUT)
                {
                    deadline.Check();
                }
                else if (errno != Libc.EINTR)
                {
                    throw new PosixException("sem_timedwait", errno);
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                _disposed = true;
                Libc.SemClose(post);
                Libc.SemClose(awaited);
            }
        }
    }
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Naming;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// Two POSIX named semaphores (sem_open, mode 0600, unpredictable names), one per direction:
/// a wake-up round trip, since a semaphore synchronises and carries no data. The names are
/// unlinked once the peer has opened them.
/// </summary>
public sealed class SemaphoreTransport : Transport
{
    /// <summary>glibc keeps a named semaphore as /dev/shm/sem.NAME.</summary>
    public static LeftoverPlace Leftovers { get; } = new("/dev/shm", "sem." + IpcNames.Prefix + "*");

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override int MaxPayload => 0;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        (nint toPeer, nint fromPeer) = NamedObjectPair<nint>.OpenBoth(arguments[0], arguments[1], name => Open(name, create: false), Close);
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

    private static void Close(nint semaphore) => Libc.SemClose(semaphore);

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly NamedObjectPair<nint> _semaphores = new(name => Open(name, create: true), Close, Libc.SemUnlink);

        public override IReadOnlyList<string> PeerArguments => [_semaphores.ToPeerName, _semaphores.FromPeerName];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            _semaphores.HandedOver = true;
            return new SemaphoreChannel(post: _semaphores.ToPeer, awaited: _semaphores.FromPeer, wait);
        }

        public override void Unlink() => _semaphores.Unlink();

        protected override void Dispose(bool disposing) => _semaphores.Dispose();
    }

    private sealed class SemaphoreChannel(nint post, nint awaited, WaitPolicy wait) : WakeUpChannel
    {
        private bool _disposed;

        protected override void Post() => Libc.Check(Libc.SemPost(post), "sem_post");

        protected override void Await()
        {
            wait.UntilPosted(awaited, "sem_timedwait");
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

using System.Globalization;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// SIGUSR1 back and forth as the kernel delivers it: each side blocks the signal on the thread
/// that waits, the other side sends it to exactly that thread (tgkill), and the waiter takes it
/// synchronously with sigtimedwait, one slice at a time — no handler, no runtime dispatch: the
/// round trip a C program gets. A signal carries no data, so this is a wake-up round trip only.
/// The thread that connects must be the one that receives.
/// </summary>
public sealed class SignalTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override int MaxPayload => 0;

    public override string? Note => "SIGUSR1 sent to the waiting thread with tgkill and taken with sigtimedwait: the kernel's delivery, no handler";

    public override ClientEndpoint CreateClient() => new Endpoint();

    // The peer's main thread waits; its thread id is its process id.
    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        new SignalChannel(Libc.GetParentPid(), int.Parse(arguments[0], CultureInfo.InvariantCulture), wait);

    private sealed class Endpoint : ClientEndpoint
    {
        // Blocked before the peer starts, so that its hello waits, pending, for this thread.
        private readonly BlockedSignal _blocked = new();
        private bool _connected;

        public override IReadOnlyList<string> PeerArguments => [Libc.GetTid().ToString(CultureInfo.InvariantCulture)];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            _connected = true;
            return new SignalChannel(peer.Pid, peer.Pid, wait, _blocked);
        }

        protected override void Dispose(bool disposing)
        {
            if (!_connected)
            {
                _blocked.Dispose();
            }
        }
    }

    private sealed class SignalChannel : WakeUpChannel
    {
        private readonly int _pid;
        private readonly int _tid;
        private readonly WaitPolicy _wait;
        private readonly BlockedSignal _blocked;

        public SignalChannel(int pid, int tid, WaitPolicy wait, BlockedSignal? blocked = null)
        {
            _pid = pid;
            _tid = tid;
            _wait = wait;
            _blocked = blocked ?? new BlockedSignal();
        }

        protected override void Post()
        {
            while (Libc.TgKill(_pid, _tid, Libc.SIGUSR1) != 0)
            {
                _wait.RetryOrThrow("tgkill(SIGUSR1)");
            }
        }

        protected override void Await()
        {
            _blocked.CheckThread(_wait.Transport);
            var wait = _wait;
            wait.InSlices("sigtimedwait", ref wait, static (ref WaitPolicy w, int slice) => BlockedSignal.TakeOne(w, slice));
        }

        protected override void Dispose(bool disposing) => _blocked.Dispose();
    }

    /// <summary>SIGUSR1 blocked on the creating thread; disposing takes what is still pending, then restores the mask.</summary>
    private sealed unsafe class BlockedSignal : IDisposable
    {
        private readonly int _thread = Libc.GetTid();
        private readonly ulong[] _previous = new ulong[Libc.SigsetWords];
        private bool _disposed;

        public BlockedSignal()
        {
            ulong* set = stackalloc ulong[Libc.SigsetWords];
            Libc.SigsetOf(set, Libc.SIGUSR1);
            fixed (ulong* previous = _previous)
            {
                int error = Libc.PthreadSigmask(Libc.SIG_BLOCK, set, previous);
                if (error != 0)
                {
                    throw new PosixException("pthread_sigmask", error);
                }
            }
        }

        public void CheckThread(string transport)
        {
            if (Libc.GetTid() != _thread)
            {
                throw new InvalidOperationException($"{transport}: the signal is blocked on the thread that connected (tid {_thread}); receive on that thread");
            }
        }

        /// <summary>Waits one slice for SIGUSR1: true once taken, false when the slice ran out or was interrupted.</summary>
        public static bool TakeOne(WaitPolicy wait, int sliceMilliseconds)
        {
            ulong* set = stackalloc ulong[Libc.SigsetWords];
            byte* info = stackalloc byte[Libc.SiginfoSize];
            Libc.SigsetOf(set, Libc.SIGUSR1);
            Libc.Timespec timeout = Libc.Timespec.FromMilliseconds(sliceMilliseconds);
            if (Libc.SigTimedWait(set, info, &timeout) == Libc.SIGUSR1)
            {
                return true;
            }

            wait.RetryOrThrow("sigtimedwait");
            return false;
        }

        public void Dispose()
        {
            if (_disposed || Libc.GetTid() != _thread)
            {
                // Another thread cannot restore this thread's mask; the signal stays blocked there, which is harmless.
                return;
            }

            _disposed = true;
            ulong* set = stackalloc ulong[Libc.SigsetWords];
            byte* info = stackalloc byte[Libc.SiginfoSize];
            Libc.SigsetOf(set, Libc.SIGUSR1);
            var now = default(Libc.Timespec);
            // A pending SIGUSR1 unblocked with no handler would end the process: take them all first.
            while (Libc.SigTimedWait(set, info, &now) == Libc.SIGUSR1)
            {
            }

            fixed (ulong* previous = _previous)
            {
                Libc.PthreadSigmask(Libc.SIG_SETMASK, previous, null);
            }
        }
    }
}

using System.Runtime.InteropServices;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// SIGUSR1 back and forth through .NET's <see cref="PosixSignalRegistration"/>: .NET takes the
/// signal on its own signal thread and runs the managed handler on the thread pool, which is what
/// a .NET program that handles signals pays. Shown beside <see cref="SignalTransport"/>, the
/// kernel's delivery, which the claims rest on. One connection at a time per process: the handler
/// is process-wide.
/// </summary>
public sealed class DotNetSignalTransport : Transport
{
    private const PosixSignal Usr1 = (PosixSignal)Libc.SIGUSR1;

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override int MaxPayload => 0;

    public override string? Note => "SIGUSR1 through .NET's PosixSignalRegistration (signal thread, then thread pool): what a .NET handler pays; the claims use Signal";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        new SignalChannel(Libc.GetParentPid(), wait);

    private sealed class Endpoint : ClientEndpoint
    {
        // Registered before the peer starts, so that its hello cannot arrive unhandled (and kill us).
        private readonly SignalChannel.Receiver _receiver = new();

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) => new SignalChannel(peer.Pid, wait, _receiver);

        protected override void Dispose(bool disposing) => _receiver.Dispose();
    }

    private sealed class SignalChannel : WakeUpChannel
    {
        private readonly int _target;
        private readonly WaitPolicy _wait;
        private readonly Receiver _receiver;
        private readonly bool _ownsReceiver;

        public SignalChannel(int target, WaitPolicy wait, Receiver? receiver = null)
        {
            _target = target;
            _wait = wait;
            _ownsReceiver = receiver is null;
            _receiver = receiver ?? new Receiver();
        }

        protected override void Post()
        {
            while (Libc.Kill(_target, Libc.SIGUSR1) != 0)
            {
                _wait.RetryOrThrow("kill(SIGUSR1)");
            }
        }

        protected override void Await()
        {
            SemaphoreSlim arrived = _receiver.Arrived;
            _wait.InSlices("signal wait", ref arrived, static (ref SemaphoreSlim a, int slice) => a.Wait(slice));
        }

        protected override void Dispose(bool disposing)
        {
            if (_ownsReceiver)
            {
                _receiver.Dispose();
            }
        }

        /// <summary>Counts SIGUSR1 arrivals; the handler cancels the default action (which would end the process).</summary>
        public sealed class Receiver : IDisposable
        {
            private readonly PosixSignalRegistration _registration;

            public Receiver()
            {
                _registration = PosixSignalRegistration.Create(Usr1, context =>
                {
                    context.Cancel = true;
                    Arrived.Release();
                });
            }

            public SemaphoreSlim Arrived { get; } = new(0);

            // The semaphore stays undisposed: a handler already queued when the registration ends may still release it.
            public void Dispose() => _registration.Dispose();
        }
    }
}

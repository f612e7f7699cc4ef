using System.Globalization;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Messages;

/// <summary>
/// System V message queues (msgget with IPC_PRIVATE, mode 0600), one per direction. They have no
/// name to unlink, so whichever side ends first removes them (IPC_RMID): the client on dispose,
/// the peer when its client dies. Payloads over msgmax (8192 bytes) are chunked.
/// </summary>
public sealed class SysVMqTransport : Transport
{
    public const int MessageSize = 8192;

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override string? Note => $"payloads over {MessageSize} bytes are chunked into several queue messages (msgmax)";

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        int toPeer = int.Parse(arguments[0], CultureInfo.InvariantCulture);
        int fromPeer = int.Parse(arguments[1], CultureInfo.InvariantCulture);
        RequireQueue(toPeer);
        RequireQueue(fromPeer);
        // A killed client cannot remove its queues: the peer does, as it exits.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(toPeer, fromPeer);
        return new SysVMqChannel(outgoing: fromPeer, incoming: toPeer, wait, () => Remove(toPeer, fromPeer));
    }

    /// <summary>A queue id means something only in the IPC namespace that made it: say so, rather than fail later on a wait.</summary>
    private unsafe void RequireQueue(int queue)
    {
        byte* status = stackalloc byte[256];
        if (Libc.MsgCtl(queue, Libc.IPC_STAT, status) != 0)
        {
            throw new TransportException($"{Name}: no System V queue {queue} here (errno {Libc.LastErrno}): the peer is in another IPC namespace, or the client is gone");
        }
    }

    internal static unsafe void Remove(int first, int second)
    {
        Libc.MsgCtl(first, Libc.IPC_RMID, null);
        Libc.MsgCtl(second, Libc.IPC_RMID, null);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly int _toPeer = Create();
        private readonly int _fromPeer = Create();

        public override IReadOnlyList<string> PeerArguments =>
            [_toPeer.ToString(CultureInfo.InvariantCulture), _fromPeer.ToString(CultureInfo.InvariantCulture)];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait) =>
            new SysVMqChannel(outgoing: _toPeer, incoming: _fromPeer, wait, () => Remove(_toPeer, _fromPeer));

        public override void RemoveNames() => Remove(_toPeer, _fromPeer);

        protected override void Dispose(bool disposing) => Remove(_toPeer, _fromPeer);

        private static int Create() => (int)Libc.Check(Libc.MsgGet(Libc.IPC_PRIVATE, Libc.IPC_CREAT | 0x180), "msgget");
    }
}

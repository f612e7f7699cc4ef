using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Naming;
using IpcBench.Transports.Streams;

namespace IpcBench.Transports.Pipes;

/// <summary>
/// Two named pipes made with mkfifo(3), one per direction, in a private folder (0700, FIFOs
/// 0600) that is removed once both sides have them open. Both sides open the client-to-peer FIFO
/// first, so the opens cannot deadlock; the client never blocks in open (it retries a
/// non-blocking one), so a peer that never comes cannot hang it.
/// </summary>
public sealed class FifoTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override ClientEndpoint CreateClient() => new Endpoint();

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait)
    {
        // Blocking opens: each returns once the client has its end open (the parent watch ends us if it never does).
        int read = (int)Libc.Check(Libc.Open(arguments[0], Libc.O_RDONLY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0), "open(fifo, O_RDONLY)");
        int write = (int)Libc.Check(Libc.Open(arguments[1], Libc.O_WRONLY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0), "open(fifo, O_WRONLY)");
        return new FdStreamChannel(read, write, wait);
    }

    private sealed class Endpoint : ClientEndpoint
    {
        private readonly PrivateFolder _folder = new();
        private readonly string _toPeer;
        private readonly string _fromPeer;

        public Endpoint()
        {
            _toPeer = _folder.Combine("to-peer");
            _fromPeer = _folder.Combine("from-peer");
            Libc.Check(Libc.Mkfifo(_toPeer, 0x180), "mkfifo");
            Libc.Check(Libc.Mkfifo(_fromPeer, 0x180), "mkfifo");
        }

        public override IReadOnlyList<string> PeerArguments => [_toPeer, _fromPeer];

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            // No reader yet (ENXIO) while the peer is still starting: try again each millisecond.
            var open = (Path: _toPeer, Wait: wait, Fd: -1);
            wait.InSlices("open", ref open, static (ref (string Path, WaitPolicy Wait, int Fd) o, int slice) =>
            {
                o.Fd = Libc.Open(o.Path, Libc.O_WRONLY | Libc.O_NONBLOCK | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0);
                if (o.Fd >= 0)
                {
                    return true;
                }

                o.Wait.RetryOrThrow("open(fifo, O_WRONLY)");
                Thread.Sleep(1);
                return false;
            });
            int write = open.Fd;

            int read = Libc.Open(_fromPeer, Libc.O_RDONLY | Libc.O_NONBLOCK | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0);
            if (read < 0)
            {
                Libc.Close(write);
                Libc.ThrowLastError("open(fifo, O_RDONLY)");
            }

            // A FIFO reads as end-of-file until its writer opens: wait for the peer's hello first.
            try
            {
                wait.UntilReady(read, Libc.POLLIN, "open");
            }
            catch
            {
                Libc.Close(read);
                Libc.Close(write);
                throw;
            }

            return new FdStreamChannel(read, write, wait);
        }

        public override void Unlink() => _folder.Dispose();

        protected override void Dispose(bool disposing) => _folder.Dispose();
    }
}

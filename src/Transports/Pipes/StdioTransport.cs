using System.IO.Pipes;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Streams;

namespace IpcBench.Transports.Pipes;

/// <summary>
/// The peer's redirected standard input and output, the pattern of JSON-RPC and language servers.
/// On Linux these are anonymous pipes too, set up by the process launcher.
/// </summary>
public sealed class StdioTransport : Transport
{
    private const int StdIn = 0;
    private const int StdOut = 1;

    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override string? Note => "standard input and output are anonymous pipes on Linux, so this is AnonPipe under another name";

    public override ClientEndpoint CreateClient() => new Endpoint(null);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) =>
        new FdStreamChannel(StdIn, StdOut, wait);

    /// <summary>The peer's standard streams as the channel; <paramref name="program"/> starts a peer other than IpcBench.Peer.</summary>
    internal sealed class Endpoint(PeerProgram? program) : ClientEndpoint
    {
        public override bool UsesPeerStdio => true;

        public override PeerProgram? PeerProgram => program;

        public override Channel Connect(IPeerProcess peer, WaitPolicy wait)
        {
            var toPeer = (PipeStream)peer.StandardInput;
            var fromPeer = (PipeStream)peer.StandardOutput;
            return new FdStreamChannel(
                (int)fromPeer.SafePipeHandle.DangerousGetHandle(),
                (int)toPeer.SafePipeHandle.DangerousGetHandle(),
                wait,
                new StreamPair(toPeer, fromPeer));
        }

        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>The process owns the descriptors through these streams; closing them is idempotent.</summary>
    private sealed class StreamPair(Stream first, Stream second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}

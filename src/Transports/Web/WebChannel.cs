using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.Web;

/// <summary>
/// What the HTTP and WebSocket channels share: messages only (a service answers requests, it
/// takes no bulk stream), and every operation under the channel's timeout through one reused
/// cancellation source, so that a message allocates no timer.
/// </summary>
internal abstract class WebChannel(WaitPolicy wait) : Channel
{
    private readonly CancellationTokenSource _timeout = new();

    protected WaitPolicy Wait => wait;

    public override int MaxMessageSize => PeerProtocol.MaxEchoSize;

    public override void Write(ReadOnlySpan<byte> data) => throw new NotSupportedException($"{wait.Transport} has no bulk stream");

    public override int Read(Span<byte> buffer) => throw new NotSupportedException($"{wait.Transport} has no bulk stream");

    /// <summary>A token that cancels after the channel's timeout; an operation that timed out before leaves the connection unusable.</summary>
    protected CancellationToken StartOperation()
    {
        if (!_timeout.TryReset())
        {
            throw new TransportTimeoutException($"{wait.Transport}: an earlier operation timed out; the connection is gone");
        }

        _timeout.CancelAfter(wait.Timeout);
        return _timeout.Token;
    }

    protected override void Dispose(bool disposing) => _timeout.Dispose();
}

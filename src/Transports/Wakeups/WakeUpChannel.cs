using System.IO.Hashing;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Wakeups;

/// <summary>
/// A mechanism that carries no data, only "your turn": <see cref="Channel.Send"/> of an empty
/// message posts one wake-up, <see cref="Channel.Receive"/> waits for one.
/// </summary>
public abstract class WakeUpChannel : Channel
{
    public override int MaxMessageSize => 0;

    protected abstract void Post();

    protected abstract void Await();

    public override void Send(ReadOnlySpan<byte> message)
    {
        if (!message.IsEmpty)
        {
            throw new NotSupportedException($"{GetType().Name} carries no data: only empty messages");
        }

        Post();
    }

    public override int Receive(Span<byte> buffer)
    {
        Await();
        return 0;
    }

    public override void Write(ReadOnlySpan<byte> data) => throw new NotSupportedException("a wake-up mechanism has no bulk stream");

    public override int Read(Span<byte> buffer) => throw new NotSupportedException("a wake-up mechanism has no bulk stream");

    public override void Consume(long count, XxHash3 hash, Span<byte> scratch) => throw new NotSupportedException("a wake-up mechanism has no bulk stream");
}

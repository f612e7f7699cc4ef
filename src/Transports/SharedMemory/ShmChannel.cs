using System.Diagnostics;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// A channel over two shared rings, one per direction, with one of three ways to wait.
/// Messages are ring records; a bulk write is cut into records of at most the ring's message
/// limit, and the bulk reader hashes records in place (no copy on the receiving side).
/// </summary>
public sealed unsafe class ShmChannel : Channel
{
    /// <summary>How long a Hybrid waiter spins before it sleeps: about the cost of one wake-up here.</summary>
    public static readonly TimeSpan HybridSpin = TimeSpan.FromMicroseconds(20);

    private static readonly long HybridSpinTicks = (long)(HybridSpin.TotalSeconds * Stopwatch.Frequency);

    private readonly ShmRingWriter _writer;
    private readonly ShmRingReader _reader;
    private readonly WaitStrategy _strategy;
    private readonly WaitPolicy _wait;
    private readonly IDisposable _mappings;
    private bool _disposed;

    // Bytes of the current record that Read has already handed out.
    private int _partialOffset;

    // Semaphore wait: the post for the record being read has been taken (one post per record).
    private bool _postTaken;

    public ShmChannel(ShmRing outgoing, ShmRing incoming, WaitStrategy strategy, WaitPolicy wait, IDisposable mappings)
    {
        _writer = new ShmRingWriter(outgoing);
        _reader = new ShmRingReader(incoming);
        _strategy = strategy;
        _wait = wait;
        _mappings = mappings;
    }

    public override int MaxMessageSize => _writer.MaxMessage;

    public override void Send(ReadOnlySpan<byte> message)
    {
        Span<byte> room = Claim(message.Length);
        message.CopyTo(room);
        Commit();
    }

    public override int Receive(Span<byte> buffer)
    {
        ReadOnlySpan<byte> message = Next();
        if (message.Length > buffer.Length)
        {
            throw new InvalidDataException($"{_wait.Transport}: a {message.Length}-byte message does not fit a {buffer.Length}-byte buffer");
        }

        message.CopyTo(buffer);
        Release();
        return message.Length;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int part = Math.Min(data.Length, _writer.MaxMessage);
            Send(data[..part]);
            data = data[part..];
        }
    }

    public override int Read(Span<byte> buffer)
    {
        ReadOnlySpan<byte> rest = Next()[_partialOffset..];
        int n = Math.Min(rest.Length, buffer.Length);
        rest[..n].CopyTo(buffer);
        if (n == rest.Length)
        {
            _partialOffset = 0;
            Release();
        }
        else
        {
            _partialOffset += n;
        }

        return n;
    }

    public override void Consume(long count, XxHash3 hash, Span<byte> scratch)
    {
        while (count > 0)
        {
            ReadOnlySpan<byte> record = Next()[_partialOffset..];
            if (record.Length > count)
            {
                throw new InvalidDataException($"{_wait.Transport}: a {record.Length}-byte record overruns the stream's last {count} bytes");
            }

            hash.Append(record);
            count -= record.Length;
            _partialOffset = 0;
            Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            _mappings.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Claim(int length) =>
        _writer.TryClaim(length, out Span<byte> room) ? room : ClaimWaiting(length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Next()
    {
        if (_strategy == WaitStrategy.Semaphore && !_postTaken)
        {
            TakePost();
        }

        return _reader.TryRead(out ReadOnlySpan<byte> message) ? message : NextWaiting();
    }

    /// <summary>Publishes the record, then wakes the reader as the strategy says.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Commit()
    {
        _writer.Commit();
        ShmRing ring = _writer.Ring;
        if (_strategy == WaitStrategy.Block)
        {
            ring.DataReady.Signal();
        }
        else if (_strategy == WaitStrategy.Semaphore)
        {
            Libc.Check(Libc.SemPost(ring.DataSemaphore), "sem_post");
        }
        else if (_strategy == WaitStrategy.Hybrid)
        {
            WakeIfSleeping(ring.ReaderSleeps, ring.DataReady);
        }
    }

    /// <summary>Gives the record's room back, then wakes a writer that sleeps for room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Release()
    {
        _reader.Release();
        _postTaken = false;
        if (_strategy != WaitStrategy.Spin)
        {
            ShmRing ring = _reader.Ring;
            WakeIfSleeping(ring.WriterSleeps, ring.SpaceReady);
        }
    }

    /// <summary>
    /// The waker's half of the sleep protocol. The full fence orders the publication before the
    /// flag read, against the sleeper's flag write before its re-check: one of the two sees the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WakeIfSleeping(int* sleeps, FutexEvent futex)
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref *sleeps) != 0)
        {
            Volatile.Write(ref *sleeps, 0);
            futex.Signal();
        }
    }

    /// <summary>
    /// Takes the post of the next record: sem_trywait takes it in user space when the writer is
    /// ahead; otherwise sem_timedwait sleeps one slice at a time. The writer posts after it
    /// published, so once the post is taken, the record is there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TakePost()
    {
        nint semaphore = _reader.Ring.DataSemaphore;
        if (Libc.SemTryWait(semaphore) != 0)
        {
            _wait.RetryOrThrow("sem_trywait");
            _wait.UntilPosted(semaphore, "sem_timedwait");
        }

        _postTaken = true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<byte> NextWaiting()
    {
        if (_strategy == WaitStrategy.Semaphore)
        {
            throw new InvalidDataException($"{_wait.Transport}: a semaphore post arrived without its record: the ring is corrupt");
        }

        ReadOnlySpan<byte> message;
        if (_strategy == WaitStrategy.Spin)
        {
            // The one loop the round trip waits in: the record's stamp read, a pause, nothing else, and the record handed out as soon as it is there.
            var spin = new SpinLoop(_wait.Start("receive"));
            while (!_reader.TryRead(out message))
            {
                spin.Pause();
            }

            return message;
        }

        Wait(readable: true, 0, _reader.Ring.ReaderSleeps, _reader.Ring.DataReady, "receive");
        return _reader.TryRead(out message) ? message : throw new UnreachableException();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Span<byte> ClaimWaiting(int length)
    {
        Wait(readable: false, length, _writer.Ring.WriterSleeps, _writer.Ring.SpaceReady, "send");
        return _writer.TryClaim(length, out Span<byte> room) ? room : throw new UnreachableException();
    }

    /// <summary>True when a message can be read (or, for the writer, <paramref name="length"/> bytes claimed) now.</summary>
    private bool Ready(bool readable, int length) =>
        readable ? _reader.TryRead(out _) : _writer.TryClaim(length, out _);

    /// <summary>Waits until <see cref="Ready"/>, the way the strategy says.</summary>
    private void Wait(bool readable, int length, int* sleeps, FutexEvent futex, string operation)
    {
        if (_strategy is WaitStrategy.Spin or WaitStrategy.Hybrid)
        {
            var spin = new SpinLoop(_wait.Start(operation));
            while (_strategy == WaitStrategy.Spin || spin.ElapsedTicks < HybridSpinTicks)
            {
                if (Ready(readable, length))
                {
                    return;
                }

                spin.Pause();
            }
        }

        var sleeper = new Sleeper(this, readable, length, sleeps, futex);
        _wait.InSlices(operation, ref sleeper, static (ref Sleeper s, int slice) => s.SleepOnce(slice));
    }

    /// <summary>
    /// The sleeper's half of the sleep protocol: announce, fence, re-check, then sleep only if
    /// nothing changed since. A wake-up that finds the condition met ends the wait at once.
    /// </summary>
    private readonly struct Sleeper(ShmChannel channel, bool readable, int length, int* sleeps, FutexEvent futex)
    {
        public bool SleepOnce(int sliceMilliseconds)
        {
            int sequence = futex.Sequence;
            Volatile.Write(ref *sleeps, 1);
            Interlocked.MemoryBarrier();
            if (channel.Ready(readable, length) || (futex.Wait(sequence, sliceMilliseconds) && channel.Ready(readable, length)))
            {
                Volatile.Write(ref *sleeps, 0);
                return true;
            }

            return false;
        }
    }
}

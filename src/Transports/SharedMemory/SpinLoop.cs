using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// One busy wait: a pause instruction per turn, and a look at the clock every so many turns to
/// check the deadline (and whether the other side still lives) once per wait slice.
/// </summary>
public struct SpinLoop(Deadline deadline)
{
    private const int TurnsPerClockRead = 256;

    private static readonly long SliceTicks = Stopwatch.Frequency * WaitPolicy.SliceMilliseconds / 1000;

    private readonly long _start = Stopwatch.GetTimestamp();
    private long _nextCheck = Stopwatch.GetTimestamp() + SliceTicks;
    private int _turns;

    /// <summary>Ticks since the wait began, read at the last clock read.</summary>
    public long ElapsedTicks { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Pause()
    {
        if (X86Base.IsSupported)
        {
            X86Base.Pause();
        }
        else
        {
            Thread.SpinWait(1);
        }

        if (++_turns % TurnsPerClockRead == 0)
        {
            ReadClock();
        }
    }

    private void ReadClock()
    {
        long now = Stopwatch.GetTimestamp();
        ElapsedTicks = now - _start;
        if (now >= _nextCheck)
        {
            _nextCheck = now + SliceTicks;
            deadline.Check();
        }
    }
}

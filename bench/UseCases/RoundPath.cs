using System.Diagnostics;
using IpcBench.Bench.Claims;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.UseCases;

/// <summary>One thing the use-case check measures in every round: warmed up once, then sampled once a round (lower is better).</summary>
public abstract class RoundPath
{
    public abstract void WarmUp();

    /// <summary>Nanoseconds per call, or per MiB for a stream.</summary>
    public abstract double Sample();
}

/// <summary>
/// Verified calls on a connection that stays open (its peer sleeps between rounds). A sample first
/// makes calls untimed for <see cref="Resume"/> — after any pause the first few calls here run
/// 2–5x slower (the vCPUs halt when idle) — then times batches of calls for <see cref="SampleTime"/>
/// and gives the median batch, as the claims check's slices do.
/// </summary>
public sealed class CallPath(Action call) : RoundPath
{
    public static readonly TimeSpan SampleTime = TimeSpan.FromMilliseconds(30);

    private static readonly TimeSpan Resume = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(1);

    private int _batch = 1;

    public override void WarmUp()
    {
        Repeat(SampleTime);
        long start = Stopwatch.GetTimestamp();
        int done = Repeat(SampleTime);
        double perCall = Stopwatch.GetElapsedTime(start).TotalNanoseconds / done;
        _batch = (int)Math.Clamp(BatchTime.TotalNanoseconds / perCall, 1, 10_000);
    }

    public override double Sample()
    {
        Repeat(Resume);
        var batches = new List<double>();
        long start = Stopwatch.GetTimestamp();
        while (batches.Count < 5 || Stopwatch.GetElapsedTime(start) < SampleTime)
        {
            long batchStart = Stopwatch.GetTimestamp();
            for (int i = 0; i < _batch; i++)
            {
                call();
            }

            batches.Add(Stopwatch.GetElapsedTime(batchStart).TotalNanoseconds / _batch);
        }

        return RatioInterval.MedianOf(batches);
    }

    /// <summary>Calls for at least <paramref name="duration"/> (and three calls); returns how many.</summary>
    private int Repeat(TimeSpan duration)
    {
        long start = Stopwatch.GetTimestamp();
        int done = 0;
        while (done < 3 || Stopwatch.GetElapsedTime(start) < duration)
        {
            call();
            done++;
        }

        return done;
    }
}

/// <summary>
/// A verified bulk stream, measured as the claims check does (<see cref="Slice"/>): a fresh peer per
/// sample, as a spinning one left waiting would burn the peer CPU under every other path.
/// </summary>
public sealed class StreamPath(Transport transport, Placement placement) : RoundPath
{
    private static readonly TimeSpan SliceTime = TimeSpan.FromMilliseconds(150);

    private readonly CheckCase _case = new(transport, Scenario.Throughput, ThroughputBenchmark.ReferenceChunk);

    public override void WarmUp() => Slice.Measure(_case, SliceTime, placement);

    public override double Sample() => 1e9 / Slice.Measure(_case, SliceTime, placement);
}

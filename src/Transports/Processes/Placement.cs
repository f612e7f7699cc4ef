using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Processes;

/// <summary>
/// Where client and peer run. On a small VM an idle vCPU halts, so a blocking round trip between
/// two CPUs costs about ten times one on a single CPU: every result must say which it was.
/// </summary>
public enum Placement
{
    /// <summary>Client on CPU 0, peer on CPU 1.</summary>
    Split,

    /// <summary>Client and peer both on CPU 0 (spinning waits cannot work here).</summary>
    Same,

    /// <summary>No pinning: the scheduler decides.</summary>
    Os,
}

public static class CpuPlacement
{
    public static int? ClientCpu(Placement placement) => placement == Placement.Os ? null : 0;

    public static int? PeerCpu(Placement placement) => placement switch
    {
        Placement.Split => 1,
        Placement.Same => 0,
        _ => null,
    };

    /// <summary>Reads split, same or os, in any case.</summary>
    public static bool TryParse(string text, out Placement placement) =>
        Enum.TryParse(text, ignoreCase: true, out placement) && Enum.IsDefined(placement) && !int.TryParse(text, out _);

    /// <summary>Pins this process to the client's CPU, if the placement names one.</summary>
    public static void PinClient(Placement placement)
    {
        if (ClientCpu(placement) is int cpu)
        {
            PinCurrentProcess(cpu);
        }
    }

    /// <summary>What the placement means, for reports.</summary>
    public static string Describe(Placement placement) => placement switch
    {
        Placement.Split => "split: client on CPU 0, peer on CPU 1",
        Placement.Same => "same: client and peer both on CPU 0",
        _ => "os: no pinning, the scheduler decides",
    };

    /// <summary>True when this thread may run only on <paramref name="cpu"/>.</summary>
    public static unsafe bool IsPinnedTo(int cpu)
    {
        ulong mask = 0;
        Libc.Check(Libc.SchedGetAffinity(0, sizeof(ulong), &mask), "sched_getaffinity");
        return mask == 1UL << cpu;
    }

    /// <summary>
    /// Pins every thread of this process to one CPU. Threads started later inherit the mask of
    /// the thread that starts them, and all existing ones are set here.
    /// </summary>
    public static unsafe void PinCurrentProcess(int cpu)
    {
        ulong mask = 1UL << cpu;
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            int tid = int.Parse(Path.GetFileName(task), System.Globalization.CultureInfo.InvariantCulture);
            // A thread may exit between listing and pinning (ESRCH); that is not an error.
            if (Libc.SchedSetAffinity(tid, sizeof(ulong), &mask) != 0)
            {
                int errno = Libc.LastErrno;
                if (errno == Libc.EINVAL)
                {
                    throw new ArgumentException($"cannot pin to CPU {cpu}: this machine has no such CPU (placement split needs two)");
                }

                if (errno != Libc.ESRCH)
                {
                    throw new PosixException("sched_setaffinity", errno);
                }
            }
        }
    }
}

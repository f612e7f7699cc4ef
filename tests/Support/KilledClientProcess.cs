using System.Diagnostics;
using System.Globalization;

namespace IpcBench.Tests.Support;

/// <summary>The KilledClient helper: a separate client process connected to a peer, for tests that kill or interrupt it.</summary>
public sealed class KilledClientProcess : IDisposable
{
    private KilledClientProcess(Process process, int peerPid)
    {
        Process = process;
        PeerPid = peerPid;
    }

    public Process Process { get; }

    public int PeerPid { get; }

    /// <summary>Starts the client in echo mode and waits until it reports its connected peer.</summary>
    public static async Task<KilledClientProcess> StartAsync(string transport)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "IpcBench.Tests.KilledClient"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(transport);
        info.ArgumentList.Add("echo");
        var process = Process.Start(info)!;
        string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (line?.StartsWith("peer ", StringComparison.Ordinal) != true)
        {
            process.Kill();
            string error = await process.StandardError.ReadToEndAsync();
            process.Dispose();
            Assert.Fail($"the client said '{line}': {error}");
        }

        return new KilledClientProcess(process, int.Parse(line!["peer ".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>Waits up to a second for the peer to end, and says whether it did.</summary>
    public bool PeerEndsWithinASecond()
    {
        var clock = Stopwatch.StartNew();
        while (ProcessState.IsRunning(PeerPid) && clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            Thread.Sleep(10);
        }

        return !ProcessState.IsRunning(PeerPid);
    }

    public void Dispose() => Process.Dispose();
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Runtimes;

namespace IpcBench.Bench.Runtimes;

/// <summary>
/// The seed's worked example, driven from here: <c>peers/node/seed_example.js</c>, a Node.js parent
/// that writes lines to a Python child and reads its replies, checking each. Each call of
/// <see cref="RoundTrips"/> asks it for one round and returns what it timed; closing its input
/// ends it and its child.
/// </summary>
public sealed class SeedExampleDriver : IDisposable
{
    public const string Label = "Node.js parent → Python child (lines)";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly List<string> _errors = [];

    private SeedExampleDriver(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is string line)
            {
                lock (_errors)
                {
                    _errors.Add(line);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public static string Script => Path.Combine(AppContext.BaseDirectory, "peers", "node", "seed_example.js");

    /// <summary>Why the example cannot run here, or null.</summary>
    public static string? Unavailable => PeerRuntime.Node.Unavailable ?? PeerRuntime.Python.Unavailable;

    /// <summary>Starts the parent on the client's CPU and its child on the peer's, as the placement says.</summary>
    public static SeedExampleDriver Start(int lineBytes, Placement placement)
    {
        if (Unavailable is string reason)
        {
            throw new NotSupportedException($"the seed example {reason}");
        }

        string childCpu = CpuPlacement.PeerCpu(placement)?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var info = new ProcessStartInfo { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        List<string> command = placement == Placement.Os ? ["node"] : ["taskset", "-c", "0", "node"];
        command.AddRange([Script, lineBytes.ToString(CultureInfo.InvariantCulture), childCpu]);
        info.FileName = command[0];
        foreach (string part in command.Skip(1))
        {
            info.ArgumentList.Add(part);
        }

        return new SeedExampleDriver(Process.Start(info) ?? throw new TransportException("cannot start node"));
    }

    /// <summary>Runs <paramref name="count"/> verified line round trips over there; nanoseconds per round trip.</summary>
    public double RoundTrips(int count)
    {
        _process.StandardInput.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        _process.StandardInput.Flush();
        Task<string?> reply = _process.StandardOutput.ReadLineAsync();
        if (!reply.Wait(ReplyTimeout) || reply.Result is not string line)
        {
            throw new TransportException($"seed example: no result within {ReplyTimeout.TotalSeconds:0} s{Reason()}");
        }

        using JsonDocument result = JsonDocument.Parse(line);
        return result.RootElement.GetProperty("nsPerRoundTrip").GetDouble();
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.StandardOutput.Dispose();
        _process.Dispose();
    }

    private string Reason()
    {
        _process.WaitForExit(500);
        lock (_errors)
        {
            return _errors.Count == 0 ? "" : $": {_errors[^1]}";
        }
    }
}

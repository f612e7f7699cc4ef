using System.Diagnostics;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Protocol;

namespace IpcBench.Transports.Client;

/// <summary>
/// The peer process as the client sees it: started with the transport's arguments and
/// descriptors, watched for exit, and killed on dispose so that it never outlives its use.
/// </summary>
public sealed class PeerProcess : IPeerProcess, IDisposable
{
    public const string ExecutableName = "IpcBench.Peer";

    // Inheritable descriptors are made inheritable only while this lock is held, so that a
    // peer started at the same time by another thread does not inherit them too.
    private static readonly Lock SpawnLock = new();

    private readonly Process _process;
    private readonly string _transport;
    private readonly List<string> _errorLines = [];

    private PeerProcess(Process process, string transport)
    {
        _process = process;
        _transport = transport;
    }

    public int Pid => _process.Id;

    public bool IsAlive => !_process.HasExited;

    /// <summary>The peer's standard input, when the transport talks over it.</summary>
    public Stream StandardInput => _process.StandardInput.BaseStream;

    /// <summary>The peer's standard output, when the transport talks over it.</summary>
    public Stream StandardOutput => _process.StandardOutput.BaseStream;

    /// <param name="launcher">A command the peer is started through (it must exec the peer), or none.</param>
    public static PeerProcess Start(string transport, PeerMode mode, int? cpu, ClientEndpoint endpoint, IReadOnlyList<string> launcher)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardInput = endpoint.UsesPeerStdio,
            RedirectStandardOutput = endpoint.UsesPeerStdio,
        };
        string apphost = Path.Combine(AppContext.BaseDirectory, ExecutableName);
        List<string> command = [.. launcher];
        if (endpoint.PeerProgram is { } program)
        {
            if (cpu is int pinned && !program.PinsItself)
            {
                command.AddRange(["taskset", "-c", pinned.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            }

            command.AddRange(program.Command);
        }
        else
        {
            command.AddRange(File.Exists(apphost) ? [apphost] : ["dotnet", Path.Combine(AppContext.BaseDirectory, ExecutableName + ".dll")]);
            // Measured from its first message, a peer must run optimized code from the start: with tiered
            // compilation its hashing loop ran unoptimized through a 150 ms slice of the interleaved check,
            // and every stream there read ~1,000 MiB/s (the Floor's 28,000 with this).
            info.Environment["DOTNET_TieredCompilation"] = "0";
        }

        info.FileName = command[0];
        foreach (string part in command.Skip(1))
        {
            info.ArgumentList.Add(part);
        }

        info.ArgumentList.Add(transport);
        info.ArgumentList.Add(mode.ToString().ToLowerInvariant());
        info.ArgumentList.Add(cpu?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        info.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (string argument in endpoint.PeerArguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in endpoint.PeerEnvironment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var peer = new PeerProcess(process, transport);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (peer._errorLines)
                {
                    peer._errorLines.Add(line);
                }
            }
        };

        lock (SpawnLock)
        {
            foreach (int fd in endpoint.InheritedDescriptors)
            {
                Libc.SetCloseOnExec(fd, false);
            }

            try
            {
                process.Start();
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                throw new TransportException($"{transport}: cannot start the peer {info.FileName}: {e.Message}", e);
            }
            finally
            {
                foreach (int fd in endpoint.InheritedDescriptors)
                {
                    Libc.SetCloseOnExec(fd, true);
                }
            }
        }

        process.BeginErrorReadLine();
        return peer;
    }

    public string DescribeExit()
    {
        // Asked because the peer's end closed: its exit is usually a moment behind, and says more.
        if (!_process.WaitForExit(200))
        {
            return $"the peer (pid {_process.Id}) closed its end";
        }

        // The exit is known; waiting once more drains the peer's last stderr lines.
        _process.WaitForExit(1000);
        string? reason;
        lock (_errorLines)
        {
            reason = _errorLines.LastOrDefault();
        }

        int code = _process.ExitCode;
        string how = code > 128 ? $"was killed by signal {code - 128}" : $"exited with code {code}";
        return reason is null ? $"the peer (pid {_process.Id}) {how}" : $"the peer (pid {_process.Id}) {how}: {reason}";
    }

    /// <summary>Sends SIGKILL without waiting: for an interrupted client that is about to exit.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>Ends the peer (if it still runs) and waits for it, so no child process outlives the client.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            if (!_process.WaitForExit(5000))
            {
                throw new TransportException($"{_transport}: the peer (pid {_process.Id}) did not exit after SIGKILL");
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}

using System.Diagnostics;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Gate;

/// <summary>
/// Runs a helper process of the gate (git, dotnet build, a benchmark launch) with its output in a
/// log file (if given), a time limit, and a stop on cancellation: first SIGTERM, so that a benchmark launch
/// removes its IPC objects and peers itself, then a kill of the whole tree.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan GraceAfterTerm = TimeSpan.FromSeconds(5);

    /// <returns>The exit code and the last lines of the output, for a one-line error.</returns>
    public static (int ExitCode, string Tail) Run(ProcessStartInfo info, string? logPath, TimeSpan limit, CancellationToken cancel)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using StreamWriter? log = logPath is null ? null : new StreamWriter(logPath, append: true) { AutoFlush = true };
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                log?.WriteLine(line);
                tail.Enqueue(line);
                if (tail.Count > 5)
                {
                    tail.Dequeue();
                }
            }
        }

        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(limit);
        try
        {
            process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            if (cancel.IsCancellationRequested)
            {
                throw;
            }

            throw new IOException($"{Path.GetFileName(info.FileName)} did not finish within {limit.TotalMinutes:0} min{(logPath is null ? "" : $" (log: {logPath})")}");
        }

        process.WaitForExit();
        lock (tail)
        {
            return (process.ExitCode, string.Join(" | ", tail.Where(l => l.Trim().Length > 0)));
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!Termination.Request(process.Id) || !process.WaitForExit(GraceAfterTerm))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

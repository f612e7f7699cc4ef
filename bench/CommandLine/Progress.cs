using System.Diagnostics;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// Progress of a verb that measures case after case: which case, how many are left and an ETA.
/// On a terminal one status line is rewritten in place; when output is redirected (CI, a log
/// file) each case gets a plain line of its own.
/// </summary>
public sealed class Progress(int total, TextWriter output, bool interactive)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;

    public static Progress ForConsole(int total) => new(total, Console.Out, !Console.IsOutputRedirected);

    /// <summary>Announces the case about to be measured.</summary>
    public void Begin(string name)
    {
        string status = $"[{_done + 1}/{total}] {name}{Eta()}";
        if (interactive)
        {
            output.Write($"\r{status}\u001b[K");
        }
        else
        {
            output.WriteLine(status);
        }
    }

    /// <summary>Reports a finished case with its result line.</summary>
    public void Done(string line)
    {
        _done++;
        output.WriteLine(interactive ? $"\r{line}\u001b[K" : $"  {line}");
    }

    /// <summary>Time left, from the mean time per finished case.</summary>
    public string Eta()
    {
        if (_done == 0)
        {
            return "";
        }

        TimeSpan left = _clock.Elapsed / _done * (total - _done);
        return $" (about {(left.TotalMinutes >= 1 ? $"{(int)left.TotalMinutes} min {left.Seconds} s" : $"{left.Seconds} s")} left)";
    }
}

namespace IpcBench.Tests.Support;

/// <summary>Process state from /proc, which also works for processes that are not our children.</summary>
public static class ProcessState
{
    /// <summary>True while the process exists and has not exited (a zombie has exited).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}

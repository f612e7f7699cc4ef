using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Processes;

/// <summary>Asking a process to end the way Ctrl+C or a CI cancel would, so that it cleans up after itself.</summary>
public static class Termination
{
    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Request(int pid) => Libc.Kill(pid, Libc.SIGTERM) == 0;
}

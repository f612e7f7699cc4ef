using IpcBench.Transports.Interop;

namespace IpcBench.Transports;

/// <summary>
/// Finds and removes what a crashed or killed run left behind: shared-memory files and POSIX
/// semaphores under /dev/shm, POSIX message queues (where /dev/mqueue is mounted), private
/// folders and .NET pipe sockets under the temp folder — each only when its name is ours and its
/// creator process no longer exists. System V queues have no name to recognise; the peer removes
/// them when its client dies.
/// </summary>
public static class StaleObjects
{
    public static IReadOnlyList<string> Clean()
    {
        var removed = new List<string>();
        foreach (string path in Candidates())
        {
            if (IpcNames.CreatorOf(Path.GetFileName(path)) is not int pid || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                if (path.StartsWith("/dev/mqueue/", StringComparison.Ordinal))
                {
                    Libc.MqUnlink("/" + Path.GetFileName(path));
                }
                else if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }

                removed.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's object, or gone meanwhile: not ours to report.
            }
        }

        return removed;
    }

    private static IEnumerable<string> Candidates()
    {
        string temp = Path.GetTempPath();
        IEnumerable<string> Entries(string folder, string pattern) =>
            Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder, pattern) : [];

        return Entries("/dev/shm", IpcNames.Prefix + "*")
            .Concat(Entries("/dev/shm", "sem." + IpcNames.Prefix + "*"))
            .Concat(Entries("/dev/mqueue", IpcNames.Prefix + "*"))
            .Concat(Entries(temp, IpcNames.Prefix + "*"))
            .Concat(Entries(temp, "CoreFxPipe_" + IpcNames.Prefix + "*"));
    }
}

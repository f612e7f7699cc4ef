using System.Globalization;
using IpcBench.Transports.Namespaces;

namespace IpcBench.Tests.Support;

/// <summary>
/// A snapshot of what the suite could leave behind: /dev/shm entries (shared memory files and
/// POSIX semaphores), private folders under the temp folder (sockets, FIFOs), this process's
/// descriptors and child processes, System V and POSIX message queues, the suite's network
/// namespaces and veth links. <see cref="AssertNothingLeftSince"/> compares a later snapshot with an earlier one.
/// </summary>
public sealed record IpcLeakCheck(
    IReadOnlySet<string> SharedMemory,
    IReadOnlySet<string> TempEntries,
    IReadOnlySet<string> Descriptors,
    IReadOnlySet<int> Children,
    IReadOnlySet<string> Queues,
    IReadOnlySet<string> Networks)
{
    // Pipes the runtime itself holds once it has started a process (its SIGCHLD pipe, say).
    private static readonly HashSet<string> RuntimePipes = RuntimeDescriptorsAfterWarmUp();

    public static IpcLeakCheck Take() => Take(ownDescriptors: true);

    private static IpcLeakCheck Take(bool ownDescriptors) => new(
        Directory.EnumerateFileSystemEntries("/dev/shm").ToHashSet(),
        Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "ipcbench-*")
            .Concat(Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "CoreFxPipe_ipcbench-*")).ToHashSet(),
        ownDescriptors ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Select(Describe).Where(IsIpcDescriptor).ToHashSet() : [],
        ChildProcesses(),
        MessageQueues(),
        NetworkObjects());

    /// <summary>Fails listing every object present now that was not there at <paramref name="before"/>.</summary>
    /// <param name="ownDescriptors">Whether this process's descriptors count: not when the client under test is another process.</param>
    public static void AssertNothingLeftSince(IpcLeakCheck before, bool ownDescriptors = true)
    {
        if (!ownDescriptors)
        {
            before = before with { Descriptors = new HashSet<string>() };
        }

        // A killed peer needs a moment to be reaped; objects must be gone once it is.
        IpcLeakCheck now = Take(ownDescriptors);
        for (int i = 0; i < 50 && !now.IsCleanSince(before); i++)
        {
            Thread.Sleep(20);
            now = Take(ownDescriptors);
        }

        Assert.Empty(now.SharedMemory.Except(before.SharedMemory));
        Assert.Empty(now.TempEntries.Except(before.TempEntries));
        Assert.Empty(now.Descriptors.Except(before.Descriptors));
        Assert.Empty(now.Children.Except(before.Children));
        Assert.Empty(now.Queues.Except(before.Queues));
        Assert.Empty(now.Networks.Except(before.Networks));
    }

    /// <summary>The suite's network namespaces, and veth links of its name in the host's namespace.</summary>
    private static HashSet<string> NetworkObjects() =>
    [
        .. NetnsPair.List().Select(n => $"netns:{n}"),
        .. Directory.EnumerateFileSystemEntries("/sys/class/net", "ipcb-*").Select(p => $"link:{Path.GetFileName(p)}"),
    ];

    private bool IsCleanSince(IpcLeakCheck before) =>
        SharedMemory.IsSubsetOf(before.SharedMemory) && TempEntries.IsSubsetOf(before.TempEntries)
        && Descriptors.IsSubsetOf(before.Descriptors) && Children.IsSubsetOf(before.Children)
        && Queues.IsSubsetOf(before.Queues) && Networks.IsSubsetOf(before.Networks);

    // The runtime opens files and its own pipe lazily; only IPC kinds the suite creates count.
    private static bool IsIpcDescriptor(string description) =>
        description.Contains("-> socket:", StringComparison.Ordinal) || description.Contains("-> anon_inode:", StringComparison.Ordinal)
        || description.Contains("-> /dev/shm/", StringComparison.Ordinal) || description.Contains("-> /tmp/ipcbench-", StringComparison.Ordinal)
        || (description.Contains("-> pipe:", StringComparison.Ordinal) && !RuntimePipes.Contains(description));

    private static string Describe(string fdPath)
    {
        try
        {
            return $"{Path.GetFileName(fdPath)} -> {new FileInfo(fdPath).LinkTarget}";
        }
        catch (IOException)
        {
            return Path.GetFileName(fdPath);
        }
    }

    private static HashSet<string> RuntimeDescriptorsAfterWarmUp()
    {
        using (var warmUp = System.Diagnostics.Process.Start("true"))
        {
            warmUp.WaitForExit();
        }

        return Directory.EnumerateFileSystemEntries("/proc/self/fd").Select(Describe).ToHashSet();
    }

    /// <summary>
    /// System V queues by id (from /proc/sysvipc/msg) and POSIX queues by name, where the mqueue
    /// file system is mounted (.ci/run mounts it; without it POSIX queues cannot be listed).
    /// </summary>
    private static HashSet<string> MessageQueues()
    {
        var queues = File.ReadLines("/proc/sysvipc/msg").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 1)
            .Select(fields => $"sysv:{fields[1]}")
            .ToHashSet();
        if (Directory.Exists("/dev/mqueue"))
        {
            queues.UnionWith(Directory.EnumerateFiles("/dev/mqueue").Select(path => $"posix:{Path.GetFileName(path)}"));
        }

        return queues;
    }

    private static HashSet<int> ChildProcesses()
    {
        var children = new HashSet<int>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                // The field after the parenthesised command name: state, then parent pid.
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == Environment.ProcessId)
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return children;
    }
}

using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Naming;

namespace IpcBench.Tests.Transports;

/// <summary>Every object a transport creates is private to the user: files 0600, folders 0700.</summary>
public class PermissionTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    [Theory]
    [MemberData(nameof(TransportData.All), MemberType = typeof(TransportData))]
    public void Objects_are_created_private(string name)
    {
        var before = IpcLeakCheck.Take();
        using (ClientEndpoint endpoint = TransportCatalog.Find(name).CreateClient())
        {
            var now = IpcLeakCheck.Take();
            foreach (string path in now.SharedMemory.Except(before.SharedMemory))
            {
                Assert.Equal(Private, File.GetUnixFileMode(path));
            }

            foreach (string entry in now.TempEntries.Except(before.TempEntries))
            {
                if (Directory.Exists(entry))
                {
                    Assert.Equal(PrivateFolder, File.GetUnixFileMode(entry));
                    Assert.All(Directory.EnumerateFileSystemEntries(entry), AssertNotShared);
                }
                else
                {
                    AssertNotShared(entry);
                }
            }

            foreach (string queue in now.Queues.Except(before.Queues))
            {
                Assert.Equal("600", QueueMode(queue));
            }
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    private static void AssertNotShared(string path) =>
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite));

    /// <summary>The permission bits of a queue from the leak check's listing, in octal.</summary>
    private static string QueueMode(string queue)
    {
        if (queue.StartsWith("posix:", StringComparison.Ordinal))
        {
            return Convert.ToString((int)File.GetUnixFileMode("/dev/mqueue/" + queue["posix:".Length..]), 8);
        }

        string id = queue["sysv:".Length..];
        string[] fields = File.ReadLines("/proc/sysvipc/msg").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(f => f.Length > 2 && f[1] == id);
        return fields[2];
    }
}

using IpcBench.Transports.Catalog;
using IpcBench.Transports.Naming;

namespace IpcBench.Tests.Transports;

/// <summary>Leftovers of a crashed run are found in the places their families declare, and only those of dead processes go.</summary>
public class StaleObjectsTests
{
    [Fact]
    public void Leftovers_of_a_dead_process_are_removed_and_live_ones_kept()
    {
        const int deadPid = 4_194_000; // above any pid this machine hands out (pid_max is 4194304 at most)
        string deadFile = $"/dev/shm/{IpcNames.Prefix}{deadPid}-feedface";
        string deadFolder = Path.Combine(Path.GetTempPath(), $"{IpcNames.Prefix}{deadPid}-cafe");
        string liveFile = $"/dev/shm/{IpcNames.ProcessPrefix}beef";
        File.WriteAllText(deadFile, "");
        Directory.CreateDirectory(deadFolder);
        File.WriteAllText(liveFile, "");
        try
        {
            IReadOnlyList<string> removed = TransportCatalog.CleanLeftovers();
            Assert.Contains(deadFile, removed);
            Assert.Contains(deadFolder, removed);
            Assert.False(File.Exists(deadFile));
            Assert.False(Directory.Exists(deadFolder));
            Assert.True(File.Exists(liveFile), "an object of a running process was removed");
        }
        finally
        {
            File.Delete(liveFile);
            File.Delete(deadFile);
            if (Directory.Exists(deadFolder))
            {
                Directory.Delete(deadFolder);
            }
        }
    }
}

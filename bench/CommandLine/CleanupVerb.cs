using System.CommandLine;
using IpcBench.Transports.Catalog;

namespace IpcBench.Bench.CommandLine;

/// <summary><c>cleanup</c>: removes what runs whose process is gone left behind, and nothing else.</summary>
public static class CleanupVerb
{
    public static Command Create()
    {
        var command = new Command("cleanup", "Remove shared-memory files, queues, semaphores, sockets and folders left by runs whose process is gone (each run also does this first)");
        command.SetAction(_ =>
        {
            IReadOnlyList<string> removed = TransportCatalog.CleanLeftovers();
            Console.WriteLine(removed.Count == 0 ? "nothing left over by earlier runs" : $"removed {removed.Count} leftover(s):\n  {string.Join("\n  ", removed)}");
            return 0;
        });
        return command;
    }
}

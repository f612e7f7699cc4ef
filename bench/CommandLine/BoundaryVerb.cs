using System.CommandLine;
using IpcBench.Bench.Boundary;
using IpcBench.Bench.Harness;
using IpcBench.Bench.Reporting;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Sockets;

namespace IpcBench.Bench.CommandLine;

/// <summary><c>boundary</c>: which mechanisms cross a container boundary (<see cref="ContainerProbe"/>); root only.</summary>
public static class BoundaryVerb
{
    public static Command Create()
    {
        var command = new Command("boundary", "Which mechanisms reach a peer in network, IPC and mount namespaces of its own, as between containers (root; about a minute)");
        command.SetAction(_ =>
        {
            if (NetnsPair.Unavailable is string reason)
            {
                throw new UsageException($"boundary {reason}");
            }

            // The probe makes its own boundary; the namespace pair's and the remote transports bring theirs.
            Transport[] transports = [.. TransportCatalog.All.Where(t => t.Unavailable is null && t is not (TcpVethTransport or UnixNetnsTransport or TcpRemoteTransport))];
            DateTime started = DateTime.UtcNow;
            IReadOnlyList<BoundaryRow> rows = ContainerProbe.Run(transports, Placement.Split, row =>
                Console.WriteLine(row.Crosses ? $"{row.Transport}: crosses, median {Units.Time(row.MedianRoundTripNs)} per round trip" : $"{row.Transport}: does not cross: {row.Detail}"));
            string root = ReportFolders.DefaultRoot;
            string folder = ReportFolders.Create(root, ReportFolders.NewRunId(), BoundaryRow.Kind);
            BoundaryRow.Write(folder, rows);
            new RunStamp(BuildIdentity.Current, started, DateTime.UtcNow, CpuPlacement.Describe(Placement.Split)).Write(folder);
            string latest = ReportFolders.Publish(root, folder, BoundaryRow.Kind);
            Console.WriteLine($"{rows.Count(r => r.Crosses)} of {rows.Count} cross; written to {folder} (and {latest}); the next benchmark report includes it");
            return 0;
        });
        return command;
    }
}

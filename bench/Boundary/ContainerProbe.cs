using System.Diagnostics;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.Boundary;

/// <summary>
/// The seed's container case: every transport with its peer started in namespaces of its own —
/// network, IPC and mount, as a container's process would have (<c>unshare --net --ipc --mount</c>;
/// the file system stays shared, as a bind-mounted folder would be) — and whether verified echoes
/// still get through, and how fast. A mechanism that does not cross is a finding (a message queue
/// lives in an IPC namespace, loopback in a network namespace), not an error. Root only.
/// </summary>
public static class ContainerProbe
{
    public const int RoundTrips = 2_000;

    /// <summary>How long a peer may take to start and say hello before the mechanism counts as not crossing.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<string> Launcher => ["unshare", "--net", "--ipc", "--mount", "--"];

    /// <summary>Probes each transport in turn; <paramref name="progress"/> hears each result as it comes.</summary>
    public static IReadOnlyList<BoundaryRow> Run(IEnumerable<Transport> transports, Placement placement, Action<BoundaryRow> progress)
    {
        CpuPlacement.PinClient(placement);
        var rows = new List<BoundaryRow>();
        foreach (Transport transport in transports)
        {
            BoundaryRow row = Probe(transport, placement);
            progress(row);
            rows.Add(row);
        }

        return rows;
    }

    private static BoundaryRow Probe(Transport transport, Placement placement)
    {
        int size = transport.CarriesData ? 64 : 0;
        try
        {
            using var connection = PeerConnection.Open(transport, PeerMode.Echo, CpuPlacement.PeerCpu(placement), StartTimeout, Launcher);
            var echo = new EchoClient(connection, size);
            double[] times = new double[RoundTrips];
            for (int i = 0; i < RoundTrips; i++)
            {
                long start = Stopwatch.GetTimestamp();
                echo.RoundTrip();
                times[i] = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            }

            Array.Sort(times);
            return new BoundaryRow(transport.Name, size, true, times[RoundTrips / 2], $"{RoundTrips:N0} verified echoes");
        }
        catch (Exception e) when (e is TransportException or IOException or InvalidDataException)
        {
            return new BoundaryRow(transport.Name, size, false, null, e.Message.Split('\n')[0]);
        }
    }
}

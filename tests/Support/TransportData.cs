using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;

namespace IpcBench.Tests.Support;

/// <summary>
/// Theory data over the catalog, so a new transport is tested without touching the tests. Only
/// transports that can run here: the namespace pair's need root (as CI runs), TcpRemote needs a
/// listening peer, which <see cref="Transports.ListeningPeerTests"/> starts itself.
/// </summary>
public static class TransportData
{
    public static TheoryData<string> All => [.. Runnable.Select(t => t.Name)];

    public static TheoryData<string> DataCarrying => [.. Runnable.Where(t => t.CarriesData).Select(t => t.Name)];

    public static TheoryData<string> Streaming => [.. Runnable.Where(t => t.SupportsBulk).Select(t => t.Name)];

    public static TheoryData<string> WakeUpOnly => [.. Runnable.Where(t => !t.CarriesData).Select(t => t.Name)];

    private static IEnumerable<Transport> Runnable => TransportCatalog.All.Where(t => t.Unavailable is null);
}

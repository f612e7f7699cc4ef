using IpcBench.Transports.Catalog;

namespace IpcBench.Tests.Support;

/// <summary>Theory data over the catalog, so a new transport is tested without touching the tests.</summary>
public static class TransportData
{
    public static TheoryData<string> All => [.. TransportCatalog.All.Select(t => t.Name)];

    public static TheoryData<string> DataCarrying => [.. TransportCatalog.All.Where(t => t.CarriesData).Select(t => t.Name)];

    public static TheoryData<string> Streaming => [.. TransportCatalog.All.Where(t => t.SupportsBulk).Select(t => t.Name)];

    public static TheoryData<string> WakeUpOnly => [.. TransportCatalog.All.Where(t => !t.CarriesData).Select(t => t.Name)];
}

using IpcBench.Transports.Pipes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports;

/// <summary>Every transport of the suite, by benchmark token.</summary>
public static class TransportCatalog
{
    public static IReadOnlyList<Transport> All { get; } =
    [
        new AnonPipeTransport(),
        new StdioTransport(),
        new TcpTransport(),
        new UnixStreamTransport(),
        new ShmTransport(),
        new FloorTransport(),
    ];

    public static Transport Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown transport '{name}': use one of {string.Join(", ", All.Select(t => t.Name))}");
}

using IpcBench.Transports.Messages;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;
using IpcBench.Transports.Wakeups;

namespace IpcBench.Transports;

/// <summary>Every transport of the suite, by benchmark token.</summary>
public static class TransportCatalog
{
    public static IReadOnlyList<Transport> All { get; } =
    [
        new AnonPipeTransport(),
        new FifoTransport(),
        new StdioTransport(),
        new PosixMqTransport(),
        new SysVMqTransport(),
        new SignalTransport(),
        new SemaphoreTransport(),
        new EventFdTransport(),
        new FutexTransport(),
        new ShmTransport(),
        new FloorTransport(),
        new TcpTransport(),
        new UnixStreamTransport(),
        new UnixDgramTransport(),
        new DotNetPipeTransport(),
    ];

    public static Transport Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown transport '{name}': use one of {string.Join(", ", All.Select(t => t.Name))}");
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Naming;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.Runtimes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;
using IpcBench.Transports.Wakeups;
using IpcBench.Transports.Web;

namespace IpcBench.Transports.Catalog;

/// <summary>Every transport of the suite, by benchmark token, and every place their leftovers can be.</summary>
public static class TransportCatalog
{
    public static IReadOnlyList<Transport> All { get; } =
    [
        new AnonPipeTransport(),
        new FifoTransport(),
        new StdioTransport(),
        new PythonStdioTransport(),
        new NodeStdioTransport(),
        new PosixMqTransport(),
        new SysVMqTransport(),
        new SignalTransport(),
        new DotNetSignalTransport(),
        new SemaphoreTransport(),
        new EventFdTransport(),
        new FutexTransport(),
        new ShmTransport(),
        new FloorTransport(),
        new TcpTransport(),
        new TcpVethTransport(),
        new TcpRemoteTransport(),
        new PythonTcpTransport(),
        new NodeTcpTransport(),
        new HttpTransport(),
        new WebSocketTransport(),
        new UnixStreamTransport(),
        new UnixNetnsTransport(),
        new PythonUnixTransport(),
        new NodeUnixTransport(),
        new UnixDgramTransport(),
        new DotNetPipeTransport(),
    ];

    /// <summary>Every transport once per variant (Shm once per wait strategy), in catalog order.</summary>
    public static IReadOnlyList<Transport> Variants { get; } =
        [.. All.SelectMany(t => t is ShmTransport ? Enum.GetValues<WaitStrategy>().Select(w => (Transport)new ShmTransport(w)) : [t])];

    /// <summary>Where each family's objects can be left by a killed run.</summary>
    public static IReadOnlyList<LeftoverPlace> LeftoverPlaces { get; } =
    [
        PrivateFolder.Leftovers,
        SharedMapping.Leftovers,
        SemaphoreTransport.Leftovers,
        PosixMqTransport.Leftovers,
        DotNetPipeTransport.Leftovers,
    ];

    public static Transport Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown transport '{name}': use one of {string.Join(", ", All.Select(t => t.Name))}");

    /// <summary>The variant with this name and variant (null for a transport that has none).</summary>
    public static Transport Find(string name, string? variant) =>
        Variants.FirstOrDefault(t => t.Name == name && t.Variant == variant)
        ?? throw new ArgumentException($"unknown transport variant '{Transport.LabelOf(name, variant)}'");

    /// <summary>Removes leftovers of runs whose process is gone (named objects, namespace pairs), and lists them.</summary>
    public static IReadOnlyList<string> CleanLeftovers() => [.. StaleObjects.Clean(LeftoverPlaces), .. NetnsPair.CleanStale().Select(NetworkNamespace.PathOf)];
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.Runtimes;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.JsonRpc;

/// <summary>The paths JSON-RPC runs over, as tools use it: stdio, a Unix socket and TCP, each with the .NET, Python and Node.js peer.</summary>
public static class JsonRpcTransports
{
    public static IReadOnlyList<Transport> All { get; } =
    [
        new StdioTransport(),
        new UnixStreamTransport(),
        new TcpTransport(),
        new PythonStdioTransport(),
        new PythonUnixTransport(),
        new PythonTcpTransport(),
        new NodeStdioTransport(),
        new NodeUnixTransport(),
        new NodeTcpTransport(),
    ];

    public static Transport Find(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no JSON-RPC path '{name}': use one of {string.Join(", ", All.Select(t => t.Name))}");
}

using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Bench.UseCases;

/// <summary>
/// The seed's use-case table as data: each recommendation, the workload that stands for it, and the
/// mechanisms measured for it (the recommended ones, and the others a reader would weigh); and the
/// JSON-RPC paths whose cost is split into transport and framing plus JSON.
/// </summary>
public static class SeedUseCases
{
    public const int ScriptMessageBytes = 64;
    public const int ServiceMessageBytes = 4096;

    public static IReadOnlyList<UseCase> All { get; } =
    [
        new("Editor plugins", "stdio or socket", "JSON-RPC with LSP framing, a 4 KiB completion list each way, .NET on both sides", UseCase.PerCall,
        [
            new("stdio", true, new JsonRpcSpec(T("Stdio"), JsonRpcFraming.Lsp, LspBody.Completion)),
            new("Unix socket", true, new JsonRpcSpec(T("UnixStream"), JsonRpcFraming.Lsp, LspBody.Completion)),
            new("TCP (loopback)", true, new JsonRpcSpec(T("Tcp"), JsonRpcFraming.Lsp, LspBody.Completion)),
        ]),
        new("Network services", "WebSocket, HTTP or socket", "a 4 KiB request and its 4 KiB answer on loopback, .NET on both sides (Kestrel serving HTTP and WebSocket)", UseCase.PerCall,
        [
            new("HTTP/1.1 (HttpClient, Kestrel)", true, new EchoSpec(T("Http"), ServiceMessageBytes)),
            new("WebSocket (ClientWebSocket, Kestrel)", true, new EchoSpec(T("WebSocket"), ServiceMessageBytes)),
            new("TCP socket", true, new EchoSpec(T("Tcp"), ServiceMessageBytes)),
        ]),
        new("Between containers", "socket or message queue", "a 64-byte round trip with the peer in network, IPC and mount namespaces of its own (unshare), sharing a folder as a bind mount would", UseCase.PerCall,
        [
            new("Unix socket in the shared folder", true, new EchoSpec(T("UnixStream"), ScriptMessageBytes, BehindBoundary: true)),
            new("TCP over a veth pair", true, new EchoSpec(T("TcpVeth"), ScriptMessageBytes)),
            new("POSIX message queue", true, new EchoSpec(T("PosixMq"), ScriptMessageBytes, BehindBoundary: true)),
            new("System V message queue", true, new EchoSpec(T("SysVMq"), ScriptMessageBytes, BehindBoundary: true)),
            new("FIFO in the shared folder", false, new EchoSpec(T("Fifo"), ScriptMessageBytes, BehindBoundary: true)),
            new("shared memory (futex) in a shared mapping", false, new EchoSpec(Shm(WaitStrategy.Block), ScriptMessageBytes, BehindBoundary: true)),
        ]),
        new("Simple scripts (Python)", "pipe or stdio", "64-byte messages to and from a Python child (standard library only)", UseCase.PerCall,
        [
            new("stdio", true, new EchoSpec(T("PythonStdio"), ScriptMessageBytes)),
            new("Unix socket", false, new EchoSpec(T("PythonUnix"), ScriptMessageBytes)),
            new("TCP (loopback)", false, new EchoSpec(T("PythonTcp"), ScriptMessageBytes)),
        ]),
        new("Simple scripts (Node.js)", "pipe or stdio", "64-byte messages to and from a Node.js child (no packages)", UseCase.PerCall,
        [
            new("stdio", true, new EchoSpec(T("NodeStdio"), ScriptMessageBytes)),
            new("Unix socket", false, new EchoSpec(T("NodeUnix"), ScriptMessageBytes)),
            new("TCP (loopback)", false, new EchoSpec(T("NodeTcp"), ScriptMessageBytes)),
        ]),
        new("Fast bulk data", "shared memory + semaphore", "a one-way stream in 64 KiB chunks, every byte checksummed", UseCase.MiBPerSecond,
        [
            new("shared memory + semaphore", true, new StreamSpec(Shm(WaitStrategy.Semaphore))),
            new("shared memory, spinning", false, new StreamSpec(Shm(WaitStrategy.Spin))),
            new("Unix socket", false, new StreamSpec(T("UnixStream"))),
            new("TCP (loopback)", false, new StreamSpec(T("Tcp"))),
            new("pipe", false, new StreamSpec(T("AnonPipe"))),
            new("POSIX message queue", false, new StreamSpec(T("PosixMq"))),
        ]),
    ];

    /// <summary>The peers and transports whose JSON-RPC cost is split: .NET over stdio, a Unix socket and TCP; Python and Node.js over stdio.</summary>
    public static IReadOnlyList<(string Peer, Transport Transport)> SplitPaths { get; } =
    [
        (".NET", T("Stdio")),
        (".NET", T("UnixStream")),
        (".NET", T("Tcp")),
        ("Python", T("PythonStdio")),
        ("Node.js", T("NodeStdio")),
    ];

    private static Transport T(string name) => TransportCatalog.Find(name, null);

    private static Transport Shm(WaitStrategy wait) => TransportCatalog.Find(TransportCatalog.All.OfType<ShmTransport>().Single().Name, wait.ToString());
}

using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;
using IpcBench.Transports.Wakeups;

namespace IpcBench.Bench.Claims;

/// <summary>
/// The seed document's speed claims, as data: what is said of which mechanism, where, and which
/// transports stand for it. <see cref="CheckJudge"/> holds the rules that judge them.
/// </summary>
public static class SeedClaims
{
    private const string Table1 = "seed table 1";
    private const string Table2 = "seed table 2";
    private const string Text = "seed text";

    private const string StdioIsPipe = "stdio is an anonymous pipe on Linux, so the document's 'pipe medium' and 'stdio high/fast' contradict each other";
    private const string SemaphoreNoData = "a semaphore carries no data: only its wake-up round trip can be measured";
    private const string SignalNoData = "a signal carries no data: only its wake-up round trip can be measured";
    private const string AcrossHostsPath = "judged on TCP between two network namespaces over a veth pair (and on a remote host, with --remote) against the best on one host; a real network adds its wire and switches on top";
    private const string NamedPipeIsSocket = "DotNetPipe counts as a socket: .NET named pipes are Unix-domain sockets on Linux";

    private static readonly string[] Pipe = [Of<AnonPipeTransport>()];
    private static readonly string[] Fifo = [Of<FifoTransport>()];
    private static readonly string[] Queue = [Of<PosixMqTransport>(), Of<SysVMqTransport>()];
    private static readonly string[] Signal = [Of<SignalTransport>()];
    private static readonly string[] Semaphore = [Of<SemaphoreTransport>()];
    private static readonly string[] SharedMemory = [Of<ShmTransport>()];
    private static readonly string[] Socket = [Of<TcpTransport>(), Of<UnixStreamTransport>(), Of<UnixDgramTransport>(), Of<DotNetPipeTransport>()];
    private static readonly string[] SocketAcrossHosts = [Of<TcpVethTransport>(), Of<TcpRemoteTransport>()];
    private static readonly string[] Stdio = [Of<StdioTransport>()];

    /// <summary>Each distinct claim once; the seed's two tables are two sources of most of them.</summary>
    public static IReadOnlyList<Claim> All { get; } =
    [
        new("Pipe", "medium", SpeedTier.Medium, [$"{Table1}: medium", $"{Table2}: medium"], Pipe, ClaimRule.Tier, null),
        new("FIFO", "medium", SpeedTier.Medium, [$"{Table1}: medium", $"{Table2}: medium"], Fifo, ClaimRule.Tier, null),
        new("Message queue", "medium", SpeedTier.Medium, [$"{Table1}: medium", $"{Table2}: medium"], Queue, ClaimRule.Tier, null),
        new("Signal", "high", SpeedTier.High, [$"{Table1}: high"], Signal, ClaimRule.Tier, SignalNoData),
        new("Shared memory", "high", SpeedTier.High, [$"{Table1}: high", $"{Table2}: high"], SharedMemory, ClaimRule.Tier, null),
        new("Semaphore", "high", SpeedTier.High, [$"{Table1}: high", $"{Table2}: high"], Semaphore, ClaimRule.Tier, SemaphoreNoData),
        new("Socket", "low", SpeedTier.Low, [$"{Table1}: low", $"{Table2}: slow"], Socket, ClaimRule.Tier, NamedPipeIsSocket),
        new("Socket", "across hosts, low", SpeedTier.Low, [$"{Table1}: low (across the network), the only mechanism across hosts"], SocketAcrossHosts, ClaimRule.Tier, AcrossHostsPath),
        new("Stdio", "high", SpeedTier.High, [$"{Table1}: high", $"{Table2}: fast"], Stdio, ClaimRule.Tier, StdioIsPipe),
        new("Shared memory", "the fastest of all", null, [$"{Text}: the fastest of all"], SharedMemory, ClaimRule.FastestOfAll, null),
        new("Shared memory + semaphore", "for high-speed bulk data", null, [$"{Text}: recommended for high-speed bulk data"], SharedMemory, ClaimRule.BulkWithSemaphore,
            "measured as Shm with the Semaphore wait: a POSIX semaphore in the mapping, posted per message (Block, the bare futex, is shown beside it)"),
    ];

    private static string Of<T>()
        where T : Transport => TransportCatalog.All.OfType<T>().Single().Name;
}

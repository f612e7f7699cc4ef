using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;
using IpcBench.Transports.Wakeups;

namespace IpcBench.Bench.Claims;

/// <summary>
/// The seed document's speed claims, as data: which table or text says what of which mechanism,
/// and which transports stand for it. <see cref="ClaimJudge"/> holds the rules that judge them.
/// </summary>
public static class SeedClaims
{
    private const string Table1 = "seed table 1";
    private const string Table2 = "seed table 2";
    private const string Text = "seed text";

    private const string StdioIsPipe = "stdio is an anonymous pipe on Linux, so the document's 'pipe medium' and 'stdio high/fast' contradict each other";
    private const string SemaphoreNoData = "a semaphore carries no data: only its wake-up round trip can be measured";
    private const string SignalNoData = "a signal carries no data: only its wake-up round trip can be measured";
    private const string NamedPipeIsSocket = "DotNetPipe counts as a socket: .NET named pipes are Unix-domain sockets on Linux";

    private static readonly string[] Pipe = [Of<AnonPipeTransport>()];
    private static readonly string[] Fifo = [Of<FifoTransport>()];
    private static readonly string[] Queue = [Of<PosixMqTransport>(), Of<SysVMqTransport>()];
    private static readonly string[] Signal = [Of<SignalTransport>()];
    private static readonly string[] Semaphore = [Of<SemaphoreTransport>()];
    private static readonly string[] SharedMemory = [Of<ShmTransport>()];
    private static readonly string[] Socket = [Of<TcpTransport>(), Of<UnixStreamTransport>(), Of<UnixDgramTransport>(), Of<DotNetPipeTransport>()];
    private static readonly string[] Stdio = [Of<StdioTransport>()];

    public static IReadOnlyList<Claim> All { get; } =
    [
        new(Table1, "Pipe", "medium", SpeedTier.Medium, Pipe, ClaimRule.Tier, null),
        new(Table1, "FIFO", "medium", SpeedTier.Medium, Fifo, ClaimRule.Tier, null),
        new(Table1, "Message queue", "medium", SpeedTier.Medium, Queue, ClaimRule.Tier, null),
        new(Table1, "Signal", "high", SpeedTier.High, Signal, ClaimRule.Tier, SignalNoData),
        new(Table1, "Shared memory", "high", SpeedTier.High, SharedMemory, ClaimRule.Tier, null),
        new(Table1, "Semaphore", "high", SpeedTier.High, Semaphore, ClaimRule.Tier, SemaphoreNoData),
        new(Table1, "Socket", "low", SpeedTier.Low, Socket, ClaimRule.Tier, NamedPipeIsSocket),
        new(Table1, "Stdio", "high", SpeedTier.High, Stdio, ClaimRule.Tier, StdioIsPipe),
        new(Table2, "Pipe", "medium", SpeedTier.Medium, Pipe, ClaimRule.Tier, null),
        new(Table2, "FIFO", "medium", SpeedTier.Medium, Fifo, ClaimRule.Tier, null),
        new(Table2, "Message queue", "medium", SpeedTier.Medium, Queue, ClaimRule.Tier, null),
        new(Table2, "Shared memory", "high", SpeedTier.High, SharedMemory, ClaimRule.Tier, null),
        new(Table2, "Semaphore", "high", SpeedTier.High, Semaphore, ClaimRule.Tier, SemaphoreNoData),
        new(Table2, "Socket", "slow", SpeedTier.Low, Socket, ClaimRule.Tier, NamedPipeIsSocket),
        new(Table2, "Stdio", "fast", SpeedTier.High, Stdio, ClaimRule.Tier, StdioIsPipe),
        new(Text, "Shared memory", "the fastest of all", null, SharedMemory, ClaimRule.FastestOfAll, null),
        new(Text, "Shared memory + semaphore", "recommended for high-speed bulk data", null, SharedMemory, ClaimRule.BulkWithSemaphore,
            "measured as Shm with the Block wait: a futex in the mapping, posted per message"),
    ];

    private static string Of<T>()
        where T : Transport => TransportCatalog.All.OfType<T>().Single().Name;
}

using IpcBench.Bench.Boundary;
using IpcBench.Tests.Support;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Messages;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.Processes;
using IpcBench.Transports.SharedMemory;
using IpcBench.Transports.Sockets;

namespace IpcBench.Tests.Boundary;

/// <summary>The container case: what crosses network, IPC and mount namespaces is found, not assumed, and the probe leaves nothing.</summary>
public class ContainerProbeTests
{
    [RootFact]
    public void Queues_and_loopback_stop_at_the_boundary_while_shared_memory_and_socket_files_cross()
    {
        var before = IpcLeakCheck.Take();
        Transport[] transports = [new PosixMqTransport(), new SysVMqTransport(), new TcpTransport(), new ShmTransport(WaitStrategy.Block), new UnixStreamTransport(), new AnonPipeTransport()];
        var heard = new List<BoundaryRow>();
        IReadOnlyList<BoundaryRow> rows = ContainerProbe.Run(transports, Placement.Os, heard.Add);

        Assert.Equal(rows, heard);
        Dictionary<string, BoundaryRow> byName = rows.ToDictionary(r => r.Transport);
        foreach (string stops in new[] { "PosixMq", "SysVMq", "Tcp" })
        {
            Assert.False(byName[stops].Crosses, $"{stops} reached a peer in namespaces of its own");
            Assert.Null(byName[stops].MedianRoundTripNs);
            Assert.Contains(stops, byName[stops].Detail, StringComparison.Ordinal);
        }

        foreach (string crosses in new[] { "Shm", "UnixStream", "AnonPipe" })
        {
            Assert.True(byName[crosses].Crosses, $"{crosses}: {byName[crosses].Detail}");
            Assert.True(byName[crosses].MedianRoundTripNs > 0);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }
}

using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Remote;

/// <summary>
/// A listening peer as its client's waits see it: no process to watch here, so it counts as alive
/// until its connection closes (which ends a wait at once) or a wait runs out of time (a dropped
/// network); either message names the host and port.
/// </summary>
public sealed class RemotePeer(RemoteTarget target) : IPeerLiveness
{
    public bool IsAlive => true;

    public string DescribeExit() => $"the peer at {target} closed the connection";
}

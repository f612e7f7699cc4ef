namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over TCP on loopback.</summary>
public sealed class NodeTcpTransport() : ScriptTcpTransport(PeerRuntime.Node);

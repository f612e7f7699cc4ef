namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over a Unix-domain stream socket.</summary>
public sealed class NodeUnixTransport() : ScriptUnixTransport(PeerRuntime.Node);

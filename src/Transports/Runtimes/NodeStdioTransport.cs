namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over its standard input and output.</summary>
public sealed class NodeStdioTransport() : ScriptStdioTransport(PeerRuntime.Node);

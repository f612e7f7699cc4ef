namespace IpcBench.Transports.Runtimes;

/// <summary>The Python peer (<see cref="PeerRuntime.Python"/>) over its standard input and output.</summary>
public sealed class PythonStdioTransport() : ScriptStdioTransport(PeerRuntime.Python);

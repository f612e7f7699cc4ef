namespace IpcBench.Transports.Runtimes;

/// <summary>The Python peer (<see cref="PeerRuntime.Python"/>) over TCP on loopback.</summary>
public sealed class PythonTcpTransport() : ScriptTcpTransport(PeerRuntime.Python);

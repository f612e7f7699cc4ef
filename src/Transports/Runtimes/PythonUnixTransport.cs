namespace IpcBench.Transports.Runtimes;

/// <summary>The Python peer (<see cref="PeerRuntime.Python"/>) over a Unix-domain stream socket.</summary>
public sealed class PythonUnixTransport() : ScriptUnixTransport(PeerRuntime.Python);

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;

namespace IpcBench.Transports.Runtimes;

/// <summary>The Python peer (<see cref="PeerRuntime.Python"/>) over its standard input and output, as editor plugins and AI tools talk to a child.</summary>
public sealed class PythonStdioTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => PeerRuntime.Python.Unavailable;

    public override string? Note => $"the {PeerRuntime.Python.Name} peer over its standard input and output (anonymous pipes)";

    public override ClientEndpoint CreateClient() => new StdioTransport.Endpoint(PeerRuntime.Python.Program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw PeerRuntime.Python.NotADotNetPeer(Name);
}

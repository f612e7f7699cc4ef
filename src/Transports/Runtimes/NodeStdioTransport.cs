using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;

namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over its standard input and output, as editor plugins and AI tools talk to a child.</summary>
public sealed class NodeStdioTransport : Transport
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => PeerRuntime.Node.Unavailable;

    public override string? Note => $"the {PeerRuntime.Node.Name} peer over its standard input and output (anonymous pipes)";

    public override ClientEndpoint CreateClient() => new StdioTransport.Endpoint(PeerRuntime.Node.Program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw PeerRuntime.Node.NotADotNetPeer(Name);
}

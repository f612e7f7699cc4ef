using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over a Unix-domain stream socket in a private folder.</summary>
public sealed class NodeUnixTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => PeerRuntime.Node.Unavailable;

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override string? Note => $"the {PeerRuntime.Node.Name} peer over a Unix-domain stream socket";

    public override ClientEndpoint CreateClient() => new UnixStreamTransport.Endpoint([], null, PeerRuntime.Node.Program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw PeerRuntime.Node.NotADotNetPeer(Name);
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Runtimes;

/// <summary>The Node peer (<see cref="PeerRuntime.Node"/>) over TCP on 127.0.0.1, presenting its token first like the .NET peer.</summary>
public sealed class NodeTcpTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => PeerRuntime.Node.Unavailable;

    public override string? Route => "loopback (127.0.0.1)";

    public override string? Note => $"the {PeerRuntime.Node.Name} peer over TCP with TCP_NODELAY";

    public override ClientEndpoint CreateClient() => TcpTransport.Loopback(PeerRuntime.Node.Program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw PeerRuntime.Node.NotADotNetPeer(Name);
}

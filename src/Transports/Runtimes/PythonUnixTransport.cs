using IpcBench.Transports.Contracts;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Runtimes;

/// <summary>The Python peer (<see cref="PeerRuntime.Python"/>) over a Unix-domain stream socket in a private folder.</summary>
public sealed class PythonUnixTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => PeerRuntime.Python.Unavailable;

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override string? Note => $"the {PeerRuntime.Python.Name} peer over a Unix-domain stream socket";

    public override ClientEndpoint CreateClient() => new UnixStreamTransport.Endpoint([], null, PeerRuntime.Python.Program);

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw PeerRuntime.Python.NotADotNetPeer(Name);
}

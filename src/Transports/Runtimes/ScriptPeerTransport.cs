using IpcBench.Transports.Contracts;
using IpcBench.Transports.Pipes;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Runtimes;

/// <summary>
/// A transport whose peer is a script in another runtime (<see cref="PeerRuntime"/>) rather than
/// IpcBench.Peer: the script opens its side, so there is no .NET peer side; its sink reports CRC-32.
/// </summary>
public abstract class ScriptPeerTransport(PeerRuntime runtime) : Transport
{
    protected PeerRuntime Runtime => runtime;

    public override StreamChecksum StreamChecksum => StreamChecksum.Crc32;

    public override string? Unavailable => runtime.Unavailable;

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => throw runtime.NotADotNetPeer(Name);
}

/// <summary>The script peer as the child over its standard input and output, as editor plugins and AI tools talk to a child.</summary>
public abstract class ScriptStdioTransport(PeerRuntime runtime) : ScriptPeerTransport(runtime)
{
    public override TransportFamily Family => TransportFamily.SleepingKernel;

    public override string? Note => $"the {Runtime.Name} peer over its standard input and output (anonymous pipes)";

    public override ClientEndpoint CreateClient() => new StdioTransport.Endpoint(Runtime.Program);
}

/// <summary>The script peer over a Unix-domain stream socket in a private folder.</summary>
public abstract class ScriptUnixTransport(PeerRuntime runtime) : ScriptPeerTransport(runtime)
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Route => "Unix socket (one kernel, no network stack)";

    public override string? Note => $"the {Runtime.Name} peer over a Unix-domain stream socket";

    public override ClientEndpoint CreateClient() => new UnixStreamTransport.Endpoint([], null, Runtime.Program);
}

/// <summary>The script peer over TCP on 127.0.0.1, presenting its token first like the .NET peer.</summary>
public abstract class ScriptTcpTransport(PeerRuntime runtime) : ScriptPeerTransport(runtime)
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Route => "loopback (127.0.0.1)";

    public override string? Note => $"the {Runtime.Name} peer over TCP with TCP_NODELAY";

    public override ClientEndpoint CreateClient() => TcpTransport.Loopback(Runtime.Program);
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Namespaces;

namespace IpcBench.Transports.Sockets;

/// <summary>
/// A Unix-domain stream socket whose peer runs in another network namespace (<see cref="NetnsPair"/>),
/// reaching it by its path in a folder both sides share: a socket file is a file-system object,
/// so it crosses a network-namespace boundary that loopback TCP does not. Needs root.
/// </summary>
public sealed class UnixNetnsTransport : Transport
{
    public override TransportFamily Family => TransportFamily.Socket;

    public override string? Unavailable => NetnsPair.Unavailable;

    public override string? Route => "Unix socket across network namespaces (a folder both share)";

    public override string? Note => "a Unix stream socket whose peer runs in the other network namespace, found by its path";

    public override ClientEndpoint CreateClient()
    {
        NetnsPair pair = NetnsPair.Acquire();
        try
        {
            return new UnixStreamTransport.Endpoint(pair.PeerLauncher, pair, null);
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    public override Channel OpenPeer(IReadOnlyList<string> arguments, WaitPolicy wait) => UnixStreamTransport.Connect(arguments[0], wait);
}

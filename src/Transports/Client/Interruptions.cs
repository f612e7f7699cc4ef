using System.Runtime.InteropServices;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Client;

/// <summary>
/// The process-wide registry of live connections: on SIGINT or SIGTERM every named object still
/// present is removed and every peer killed, before the signal's default action ends the process.
/// </summary>
internal static class Interruptions
{
    // Endpoints not yet disposed, with their peers once started: what an interrupted process must remove.
    private static readonly Dictionary<ClientEndpoint, PeerProcess?> Live = [];

    // Kept alive for the life of the process.
    private static readonly PosixSignalRegistration[] Registrations =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => RemoveEverything()),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveEverything()),
    ];

    public static void Track(ClientEndpoint endpoint, PeerProcess? peer)
    {
        GC.KeepAlive(Registrations);
        lock (Live)
        {
            Live[endpoint] = peer;
        }
    }

    public static void Untrack(ClientEndpoint endpoint)
    {
        lock (Live)
        {
            Live.Remove(endpoint);
        }
    }

    private static void RemoveEverything()
    {
        lock (Live)
        {
            foreach ((ClientEndpoint endpoint, PeerProcess? peer) in Live)
            {
                endpoint.RemoveNames();
                peer?.Kill();
            }
        }
    }
}

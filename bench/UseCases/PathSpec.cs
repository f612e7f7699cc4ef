using IpcBench.Bench.Boundary;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;

namespace IpcBench.Bench.UseCases;

/// <summary>What one path measures; equal specs are one path, measured once a round however many tables show it.</summary>
public abstract record PathSpec
{
    /// <summary>Why this path cannot run here (root, a runtime), or null.</summary>
    public abstract string? Unavailable { get; }

    /// <summary>Opens the path, taking connections from <paramref name="connections"/> so that paths on one peer share it.</summary>
    public abstract RoundPath Open(Connections connections, Placement placement);
}

/// <summary>Verified echoes of <paramref name="Size"/> bytes; <paramref name="BehindBoundary"/>: the peer in namespaces of its own, as in a container.</summary>
public sealed record EchoSpec(Transport Transport, int Size, bool BehindBoundary = false) : PathSpec
{
    public override string? Unavailable =>
        Transport.Unavailable ?? (BehindBoundary ? NetnsPair.Unavailable : null);

    public override RoundPath Open(Connections connections, Placement placement)
    {
        var echo = new EchoClient(connections.Get(Transport, PeerMode.Echo, BehindBoundary ? ContainerProbe.Launcher : null), Size);
        return new CallPath(echo.RoundTrip);
    }
}

/// <summary>Verified JSON-RPC calls of one body in one framing.</summary>
public sealed record JsonRpcSpec(Transport Transport, JsonRpcFraming Framing, LspBody Body) : PathSpec
{
    public override string? Unavailable => Transport.Unavailable;

    public override RoundPath Open(Connections connections, Placement placement)
    {
        var client = new JsonRpcClient(connections.Get(Transport, Framing == JsonRpcFraming.Lsp ? PeerMode.Lsp : PeerMode.Ndjson, null), Framing, Body);
        return new CallPath(client.RoundTrip);
    }
}

/// <summary>A verified one-way stream in 64 KiB chunks.</summary>
public sealed record StreamSpec(Transport Transport) : PathSpec
{
    public override string? Unavailable => Transport.Unavailable;

    public override RoundPath Open(Connections connections, Placement placement) => new StreamPath(Transport, placement);
}

/// <summary>The open connections of one check, one per transport, peer mode and launcher; disposing closes them all.</summary>
public sealed class Connections(Placement placement) : IDisposable
{
    private static readonly TimeSpan BoundaryStartTimeout = TimeSpan.FromSeconds(5);

    private readonly Dictionary<(string, PeerMode, bool), PeerConnection> _open = [];

    public PeerConnection Get(Transport transport, PeerMode mode, IReadOnlyList<string>? launcher)
    {
        var key = (transport.Label, mode, launcher is not null);
        if (!_open.TryGetValue(key, out PeerConnection? connection))
        {
            connection = PeerConnection.Open(transport, mode, CpuPlacement.PeerCpu(placement), launcher is null ? null : BoundaryStartTimeout, launcher);
            _open[key] = connection;
        }

        return connection;
    }

    public void Dispose()
    {
        foreach (PeerConnection connection in _open.Values)
        {
            connection.Dispose();
        }

        _open.Clear();
    }
}

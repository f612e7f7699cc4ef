namespace IpcBench.Transports.Contracts;

/// <summary>
/// The client's half of a transport before and during its connection: what the peer must be
/// handed, and what to remove afterwards. Disposing it removes everything it created.
/// </summary>
public abstract class ClientEndpoint : IDisposable
{
    /// <summary>Arguments that tell the peer where its side is (paths, names, descriptor numbers).</summary>
    public virtual IReadOnlyList<string> PeerArguments => [];

    /// <summary>Environment variables for the peer: unlike arguments, other users cannot read them.</summary>
    public virtual IReadOnlyDictionary<string, string> PeerEnvironment => new Dictionary<string, string>();

    /// <summary>Descriptors the peer inherits; only the next peer launched gets them.</summary>
    public virtual IReadOnlyList<int> InheritedDescriptors => [];

    /// <summary>A command the peer is started through (<c>nsenter</c> into a namespace), or none; it must exec the peer, so that the peer stays the client's child.</summary>
    public virtual IReadOnlyList<string> PeerLauncher => [];

    /// <summary>The peer to start instead of IpcBench.Peer (a Python or Node.js script), or null.</summary>
    public virtual PeerProgram? PeerProgram => null;

    /// <summary>True when the peer talks over its standard input and output.</summary>
    public virtual bool UsesPeerStdio => false;

    /// <summary>Finishes the connection once the peer process runs, and returns the client's channel.</summary>
    public abstract Channel Connect(IPeerProcess peer, WaitPolicy wait);

    /// <summary>Both sides are attached: named objects can go, so that not even a crash leaves them behind.</summary>
    public virtual void Unlink()
    {
    }

    /// <summary>
    /// Removes every named object at once, for a process that is being interrupted: safe while
    /// another thread still uses the connection (unlink, never unmap or close).
    /// </summary>
    public virtual void RemoveNames() => Unlink();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

namespace IpcBench.Transports.Naming;

/// <summary>
/// Two named kernel objects, one per direction (POSIX message queues, named semaphores): the
/// client creates them with unpredictable names, the peer opens them by name, and the names are
/// unlinked once both sides hold them. Disposing unlinks, and closes the handles unless a channel
/// has taken them over.
/// </summary>
internal sealed class NamedObjectPair<T> : IDisposable
    where T : struct
{
    private readonly Action<T> _close;
    private readonly Func<string, int> _unlink;
    private bool _unlinked;

    public NamedObjectPair(Func<string, T> create, Action<T> close, Func<string, int> unlink)
    {
        _close = close;
        _unlink = unlink;
        ToPeerName = "/" + IpcNames.New();
        FromPeerName = "/" + IpcNames.New();
        ToPeer = create(ToPeerName);
        try
        {
            FromPeer = create(FromPeerName);
        }
        catch
        {
            close(ToPeer);
            unlink(ToPeerName);
            throw;
        }
    }

    public string ToPeerName { get; }

    public string FromPeerName { get; }

    public T ToPeer { get; }

    public T FromPeer { get; }

    /// <summary>Set once a channel owns the handles (and closes them itself).</summary>
    public bool HandedOver { get; set; }

    /// <summary>The peer's side: opens both names, closing the first if the second fails.</summary>
    public static (T ToPeer, T FromPeer) OpenBoth(string toPeerName, string fromPeerName, Func<string, T> open, Action<T> close)
    {
        T toPeer = open(toPeerName);
        try
        {
            return (toPeer, open(fromPeerName));
        }
        catch
        {
            close(toPeer);
            throw;
        }
    }

    public void Unlink()
    {
        if (!_unlinked)
        {
            _unlinked = true;
            _unlink(ToPeerName);
            _unlink(FromPeerName);
        }
    }

    public void Dispose()
    {
        Unlink();
        if (!HandedOver)
        {
            _close(ToPeer);
            _close(FromPeer);
        }
    }
}

using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Peer;

/// <summary>
/// The peer's view of its client. A thread blocks on a pidfd of the parent and ends this
/// process the moment the parent exits, so the peer never outlives its client, even one that
/// was killed and could not clean up.
/// </summary>
internal sealed unsafe class ParentWatch : IPeerLiveness
{
    private readonly int _parentPid;
    private volatile bool _parentAlive = true;

    public ParentWatch(int parentPid, Action onParentExit)
    {
        _parentPid = parentPid;
        int pidfd = Libc.PidFdOpen(parentPid);
        // The parent may have died before the pidfd existed: then we were re-parented already.
        if (Libc.GetParentPid() != parentPid)
        {
            onParentExit();
        }

        var thread = new Thread(() =>
        {
            // No timeout on purpose: this wait is what ends the peer, not a wait on the other side.
            while (!Libc.PollOnce(pidfd, Libc.POLLIN, -1))
            {
            }

            _parentAlive = false;
            onParentExit();
        })
        {
            IsBackground = true,
            Name = "parent watch",
        };
        thread.Start();
    }

    public bool IsAlive => _parentAlive;

    public string DescribeExit() => $"the client (pid {_parentPid}) exited";
}

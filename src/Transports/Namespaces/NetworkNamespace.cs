using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Namespaces;

/// <summary>
/// Makes a socket inside a named network namespace (<c>/run/netns/NAME</c>) without moving the
/// process: the calling thread enters the namespace, the socket is made, the thread returns. A
/// socket stays in the namespace it was made in, so the client can reach a peer in another one.
/// </summary>
public static class NetworkNamespace
{
    public static string PathOf(string name) => $"/run/netns/{name}";

    public static T Within<T>(string name, Func<T> make)
    {
        int target = (int)Libc.Check(Libc.Open(PathOf(name), Libc.O_RDONLY | Libc.O_CLOEXEC, 0), $"open {PathOf(name)}");
        int home = -1;
        try
        {
            home = (int)Libc.Check(Libc.Open("/proc/thread-self/ns/net", Libc.O_RDONLY | Libc.O_CLOEXEC, 0), "open /proc/thread-self/ns/net");
            Libc.Check(Libc.SetNs(target, Libc.CLONE_NEWNET), $"setns {name}");
            try
            {
                return make();
            }
            finally
            {
                // A thread left in the other namespace would make every later socket of the pool there.
                if (Libc.SetNs(home, Libc.CLONE_NEWNET) != 0)
                {
                    Environment.FailFast($"setns back from {name} failed (errno {Libc.LastErrno})");
                }
            }
        }
        finally
        {
            Libc.Close(target);
            if (home >= 0)
            {
                Libc.Close(home);
            }
        }
    }
}

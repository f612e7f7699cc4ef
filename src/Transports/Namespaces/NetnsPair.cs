using System.Diagnostics;
using System.Text.RegularExpressions;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;

namespace IpcBench.Transports.Namespaces;

/// <summary>
/// Two network namespaces joined by a veth pair, one end in each: sockets between them go through
/// the veth driver and the whole IP stack twice, as between hosts, without a wire — not loopback.
/// Made with iproute2's <c>ip</c> (root only). Names carry a tag, the creating process's pid for a
/// run's own pair (<c>ipcb-PID-c</c>, <c>ipcb-PID-p</c>), so that the cleanup verb finds and removes
/// the pair of a killed run. The addresses come from 198.18.0.0/15, the range set aside for
/// benchmarking (RFC 2544), and exist only inside the two namespaces; the host's network is untouched.
/// A process has one pair, shared by its connections (<see cref="Acquire"/>), removed with the last.
/// </summary>
public sealed partial class NetnsPair : IDisposable
{
    public const string ClientAddress = "198.18.0.1";
    public const string PeerAddress = "198.18.0.2";
    private const string Prefix = "ipcb-";

    private static readonly Lock Shared = new();
    private static NetnsPair? _current;
    private static int _users;

    private NetnsPair(string tag) => Tag = tag;

    public string Tag { get; }

    /// <summary>The namespace the client's sockets are made in.</summary>
    public string ClientNamespace => NameOf(Tag, 'c');

    /// <summary>The namespace the peer runs in.</summary>
    public string PeerNamespace => NameOf(Tag, 'p');

    /// <summary>The command that starts the peer inside its namespace (nsenter execs, so the peer stays the client's child).</summary>
    public IReadOnlyList<string> PeerLauncher => ["nsenter", $"--net={NetworkNamespace.PathOf(PeerNamespace)}", "--"];

    /// <summary>Why a pair cannot be made here, or null when it can.</summary>
    public static string? Unavailable =>
        Libc.GetUid() != 0 ? "needs root (network namespaces)"
        : FindIp() is null ? "needs iproute2's ip (scripts/setup.sh tests installs it)"
        : null;

    /// <summary>This process's pair, made on first use; dispose once per call.</summary>
    public static NetnsPair Acquire()
    {
        lock (Shared)
        {
            _current ??= Up(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _users++;
            return _current;
        }
    }

    /// <summary>Makes the pair tagged <paramref name="tag"/>; whatever was made is removed again if a step fails.</summary>
    public static NetnsPair Up(string tag)
    {
        if (!TagPattern().IsMatch(tag))
        {
            throw new ArgumentException($"a namespace tag is 1 to 8 lower-case letters or digits, not '{tag}'");
        }

        if (Unavailable is string reason)
        {
            throw new NotSupportedException($"network namespaces: {reason}");
        }

        var pair = new NetnsPair(tag);
        string c = pair.ClientNamespace;
        string p = pair.PeerNamespace;
        try
        {
            Ip("netns", "add", c);
            Ip("netns", "add", p);
            Ip("link", "add", c, "type", "veth", "peer", "name", p);
            Ip("link", "set", c, "netns", c);
            Ip("link", "set", p, "netns", p);
            Ip("-n", c, "addr", "add", $"{ClientAddress}/30", "dev", c);
            Ip("-n", p, "addr", "add", $"{PeerAddress}/30", "dev", p);
            foreach ((string ns, string link) in new[] { (c, c), (p, p) })
            {
                Ip("-n", ns, "link", "set", "lo", "up");
                Ip("-n", ns, "link", "set", link, "up");
            }

            return pair;
        }
        catch
        {
            Down(tag);
            throw;
        }
    }

    /// <summary>Removes the pair tagged <paramref name="tag"/> (the veth ends go with their namespaces); what is already gone is skipped.</summary>
    public static void Down(string tag)
    {
        string c = NameOf(tag, 'c');
        string p = NameOf(tag, 'p');
        foreach (string ns in new[] { c, p })
        {
            if (File.Exists(NetworkNamespace.PathOf(ns)))
            {
                Ip("netns", "delete", ns);
            }
        }

        // A veth made but not yet moved into its namespace is still in the host's.
        if (Directory.Exists($"/sys/class/net/{c}"))
        {
            Ip("link", "delete", c);
        }
    }

    /// <summary>The suite's namespaces now present, by name.</summary>
    public static IReadOnlyList<string> List() =>
        Directory.Exists("/run/netns") ? [.. Directory.EnumerateFiles("/run/netns").Select(Path.GetFileName).OfType<string>().Where(n => NamePattern().IsMatch(n)).Order()] : [];

    /// <summary>Removes the pairs of processes that are gone (tags that are pids of no process); returns the namespaces removed.</summary>
    public static IReadOnlyList<string> CleanStale()
    {
        var removed = new List<string>();
        foreach (IGrouping<string, string> pair in List().GroupBy(n => NamePattern().Match(n).Groups["tag"].Value))
        {
            if (int.TryParse(pair.Key, out int pid) && !Directory.Exists($"/proc/{pid}") && Unavailable is null)
            {
                Down(pair.Key);
                removed.AddRange(pair);
            }
        }

        return removed;
    }

    public void Dispose()
    {
        lock (Shared)
        {
            if (_current == this && --_users == 0)
            {
                _current = null;
                Down(Tag);
            }
        }
    }

    private static string NameOf(string tag, char side) => $"{Prefix}{tag}-{side}";

    private static string? FindIp() =>
        new[] { "/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip" }.FirstOrDefault(File.Exists);

    private static void Ip(params string[] arguments)
    {
        var info = new ProcessStartInfo(FindIp() ?? "ip") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using Process ip = Process.Start(info) ?? throw new TransportException("cannot start ip");
        // Read synchronously, a process's standard streams are not closed with it: closed here, or each run leaves a pipe open.
        using StreamReader errors = ip.StandardError;
        Task<string> error = errors.ReadToEndAsync();
        if (!ip.WaitForExit(10_000))
        {
            ip.Kill();
            throw new TransportException($"ip {string.Join(' ', arguments)}: no answer in 10 s");
        }

        if (ip.ExitCode != 0)
        {
            throw new TransportException($"ip {string.Join(' ', arguments)}: {error.GetAwaiter().GetResult().Trim().Split('\n')[0]}");
        }
    }

    [GeneratedRegex("^[a-z0-9]{1,8}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^ipcb-(?<tag>[a-z0-9]{1,8})-[cp]$")]
    private static partial Regex NamePattern();
}

using System.CommandLine;
using IpcBench.Transports.Namespaces;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// <c>netns up|down [--tag TAG] | list</c>: the suite's network namespace pair by hand (root), for
/// a listening peer tried out in one namespace and a client in the other. Runs need none of this:
/// TcpVeth and UnixNetns make a pair of their own per process and remove it.
/// </summary>
public static class NetnsVerb
{
    public const string ManualTag = "manual";

    public static Command Create()
    {
        var tag = new Option<string>("--tag") { Description = "The pair's tag: ipcb-TAG-c and ipcb-TAG-p (1 to 8 lower-case letters or digits)", DefaultValueFactory = _ => ManualTag };
        var up = new Command("up", $"Make two network namespaces joined by a veth pair: ipcb-TAG-c ({NetnsPair.ClientAddress}) and ipcb-TAG-p ({NetnsPair.PeerAddress})") { tag };
        up.SetAction(result =>
        {
            NetnsPair pair = NetnsPair.Up(result.GetValue(tag)!);
            Console.WriteLine($"{pair.ClientNamespace} ({NetnsPair.ClientAddress}) <-> {pair.PeerNamespace} ({NetnsPair.PeerAddress}); remove with: netns down --tag {pair.Tag}");
            return 0;
        });
        var down = new Command("down", "Remove the pair (and its veth link)") { tag };
        down.SetAction(result =>
        {
            NetnsPair.Down(result.GetValue(tag)!);
            return 0;
        });
        var list = new Command("list", "The suite's network namespaces now present");
        list.SetAction(_ =>
        {
            IReadOnlyList<string> names = NetnsPair.List();
            Console.WriteLine(names.Count == 0 ? "no namespace of the suite" : string.Join('\n', names));
            return 0;
        });
        return new Command("netns", "The suite's network namespace pair by hand (root); runs make and remove their own") { up, down, list };
    }
}

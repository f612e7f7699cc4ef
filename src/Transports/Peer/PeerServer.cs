using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Remote;
using IpcBench.Transports.Sockets;

namespace IpcBench.Transports.Peer;

/// <summary>
/// The listening peer, for a client on another host or in another namespace:
/// <c>IpcBench.Peer --listen ADDR:PORT [--secret-file PATH] [--allow-wildcard] [--idle-timeout SECONDS] [--parent PID]</c>.
/// It binds only the address given (a wildcard address only with --allow-wildcard), prints
/// <c>listening on ADDR:PORT</c> once it accepts (port 0 takes a free one), and serves one client
/// at a time over TCP: the secret proved both ways (<see cref="SecretHandshake"/>), then the mode
/// (echo or sink), then the same echo and sink loops as a launched peer. A client silent for
/// longer than the idle timeout is dropped. One line per client goes to standard error. SIGINT or
/// SIGTERM ends it within a wait slice, leaving nothing behind; with --parent it also ends when that
/// process does.
/// </summary>
public static class PeerServer
{
    public const string ListenOption = "--listen";

    /// <summary>How long a client may take to prove the secret and name its mode.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(5);

    private static volatile bool _stopping;

    public static int Run(string[] args)
    {
        Options options = Options.Parse(args);
        byte[] secret = PeerSecret.Load(options.SecretFile);
        if (options.Parent is int parent)
        {
            _ = new ParentWatch(parent, () => Environment.Exit(0));
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var listener = new Socket(options.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(options.Address, options.Port));
        listener.Listen(1);
        Console.Out.WriteLine($"listening on {listener.LocalEndPoint}");
        Console.Out.Flush();
        while (!_stopping)
        {
            if (listener.Poll(WaitPolicy.SliceMilliseconds * 1000, SelectMode.SelectRead))
            {
                Serve(listener.Accept(), secret, options.IdleTimeout);
            }
        }

        Log("stopped");
        return 0;
    }

    private static void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _stopping = true;
    }

    private static void Serve(Socket socket, byte[] secret, TimeSpan idleTimeout)
    {
        string who = socket.RemoteEndPoint?.ToString() ?? "a client";
        socket.NoDelay = true;
        var wait = new WaitPolicy($"client {who}", new ServedClient(who), HandshakeTimeout);
        using Channel channel = SocketSetup.Wrap(socket, wait);
        try
        {
            if (!SecretHandshake.Peer(channel, secret))
            {
                Log($"client {who} refused: it did not prove the secret");
                return;
            }

            PeerMode mode = ReadMode(channel);
            channel.Send(PeerProtocol.Hello);
            wait.Timeout = idleTimeout;
            Log($"client {who}: {mode.ToString().ToLowerInvariant()}");
            if (mode == PeerMode.Echo)
            {
                PeerHost.Echo(channel);
            }
            else
            {
                PeerHost.Sink(channel);
            }
        }
        catch (PeerGoneException)
        {
            Log(_stopping ? $"client {who}: cut off, stopping" : $"client {who}: done");
        }
        catch (TransportTimeoutException)
        {
            Log($"client {who} dropped: silent for {idleTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is TransportException or InvalidDataException or PosixException or IOException or SocketException)
        {
            Log($"client {who} refused: {e.Message}");
        }
    }

    private static PeerMode ReadMode(Channel channel)
    {
        Span<byte> request = stackalloc byte[8];
        int length = channel.Receive(request);
        return request[..length] switch
        {
            var r when r.SequenceEqual("echo"u8) => PeerMode.Echo,
            var r when r.SequenceEqual("sink"u8) => PeerMode.Sink,
            _ => throw new InvalidDataException("it asked for neither echo nor sink"),
        };
    }

    private static void Log(string line) => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");

    /// <summary>The client being served, as the waits see it: gone once the peer is stopping.</summary>
    private sealed class ServedClient(string who) : IPeerLiveness
    {
        public bool IsAlive => !_stopping;

        public string DescribeExit() => _stopping ? "the peer is stopping" : $"client {who} closed the connection";
    }

    private sealed record Options(IPAddress Address, int Port, string? SecretFile, TimeSpan IdleTimeout, int? Parent)
    {
        public static Options Parse(string[] args)
        {
            HostPort? listen = null;
            string? secretFile = null;
            bool allowWildcard = false;
            TimeSpan idle = TimeSpan.FromSeconds(30);
            int? parent = null;
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case ListenOption:
                        listen = HostPort.Parse(Value(), ListenOption);
                        break;
                    case "--secret-file":
                        secretFile = Value();
                        break;
                    case "--allow-wildcard":
                        allowWildcard = true;
                        break;
                    case "--idle-timeout":
                        idle = TimeSpan.FromSeconds(int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : throw new ArgumentException("--idle-timeout needs a whole number of seconds above 0"));
                        break;
                    case "--parent":
                        parent = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : throw new ArgumentException("--parent needs a process id");
                        break;
                    case "--secret":
                        throw new ArgumentException($"the secret never goes on the command line, where any user can read it: use --secret-file PATH (mode 0600) or {PeerSecret.Variable}");
                    default:
                        throw new ArgumentException($"unknown option '{args[i]}' (usage: --listen ADDR:PORT [--secret-file PATH] [--allow-wildcard] [--idle-timeout SECONDS] [--parent PID])");
                }
            }

            HostPort address = listen ?? throw new ArgumentException("--listen ADDR:PORT is required");
            if (!IPAddress.TryParse(address.Host, out IPAddress? ip))
            {
                throw new ArgumentException($"--listen takes an IP address to bind, not '{address.Host}' (a name could stand for more than was meant)");
            }

            if ((ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) && !allowWildcard)
            {
                throw new ArgumentException($"{ip} would listen on every interface; give one address, or --allow-wildcard if that is meant");
            }

            return new Options(ip, address.Port, secretFile, idle, parent);
        }
    }
}

using System.Globalization;
using System.IO.Hashing;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Interop;
using IpcBench.Transports.JsonRpc;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Web;

namespace IpcBench.Transports.Peer;

/// <summary>
/// The peer process's main loop. Command line: <c>TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [transport arguments]</c>,
/// or <c>--listen ADDR:PORT ...</c> for a peer that waits for clients over the network (<see cref="PeerServer"/>).
/// Errors go to standard error as one line (the client quotes it) and exit code 1 (2 for bad
/// options of a listening peer); the client closing its side ends the peer quietly with exit code 0.
/// </summary>
public static class PeerHost
{
    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == PeerServer.ListenOption)
        {
            return Listen(args);
        }

        try
        {
            if (args.Length < 4)
            {
                throw new ArgumentException("usage: IpcBench.Peer TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [ARGS...]");
            }

            Transport transport = TransportCatalog.Find(args[0]);
            PeerMode mode = args[1] switch
            {
                "echo" => PeerMode.Echo,
                "sink" => PeerMode.Sink,
                "lsp" => PeerMode.Lsp,
                "ndjson" => PeerMode.Ndjson,
                _ => throw new ArgumentException($"unknown peer mode '{args[1]}': use echo, sink, lsp or ndjson"),
            };
            if (args[2] != "-")
            {
                CpuPlacement.PinCurrentProcess(int.Parse(args[2], CultureInfo.InvariantCulture));
            }

            var parent = new ParentWatch(int.Parse(args[3], CultureInfo.InvariantCulture), () => Environment.Exit(0));
            if (transport is WebTransport)
            {
                WebPeer.Serve(args[4..]);
                return 0;
            }

            using Channel channel = transport.OpenPeer(args[4..], new WaitPolicy(transport.Name, parent, WaitPolicy.DefaultTimeout));
            channel.Send(PeerProtocol.HelloFor(channel));
            switch (mode)
            {
                case PeerMode.Echo:
                    Echo(channel);
                    break;
                case PeerMode.Sink:
                    Sink(channel);
                    break;
                default:
                    JsonRpcPeer.Serve(channel, mode == PeerMode.Lsp ? JsonRpcFraming.Lsp : JsonRpcFraming.Ndjson);
                    break;
            }

            return 0;
        }
        catch (PeerGoneException)
        {
            return 0;
        }
        catch (Exception e) when (e is TransportException or PosixException or ArgumentException or FormatException
                                       or InvalidDataException or NotSupportedException or IOException or System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine($"peer {string.Join(' ', args.Take(2))}: {e.Message}");
            return 1;
        }
    }

    private static int Listen(string[] args)
    {
        try
        {
            return PeerServer.Run(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"peer: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or TransportException or PosixException or IOException)
        {
            Console.Error.WriteLine($"peer {PeerServer.ListenOption}: {e.Message}");
            return 1;
        }
    }

    internal static void Echo(Channel channel)
    {
        byte[] buffer = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize, pinned: true);
        while (true)
        {
            int length = channel.Receive(buffer);
            channel.Send(buffer.AsSpan(0, length));
        }
    }

    internal static void Sink(Channel channel)
    {
        byte[] scratch = GC.AllocateUninitializedArray<byte>(PeerProtocol.MaxEchoSize, pinned: true);
        Span<byte> control = stackalloc byte[PeerProtocol.AckLength];
        var hash = new XxHash3();
        while (true)
        {
            int length = channel.Receive(control);
            if (length != PeerProtocol.StartLength)
            {
                throw new InvalidDataException($"expected an {PeerProtocol.StartLength}-byte stream header, got {length} bytes");
            }

            long total = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(control);
            hash.Reset();
            channel.Consume(total, hash, scratch);
            PeerProtocol.WriteAck(control, total, hash.GetCurrentHashAsUInt64());
            channel.Send(control);
        }
    }
}

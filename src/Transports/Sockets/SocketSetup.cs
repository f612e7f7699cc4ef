using System.Net.Sockets;
using System.Security.Cryptography;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Streams;

namespace IpcBench.Transports.Sockets;

/// <summary>Connection steps the stream-socket transports share.</summary>
internal static class SocketSetup
{
    /// <summary>The environment variable that hands the peer the secret it proves itself with.</summary>
    public const string TokenVariable = "IPCBENCH_TOKEN";

    private const int TokenLength = 16;

    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(TokenLength));

    /// <summary>A socket file gets the umask's mode; this one is for its owner only (0600), like every object of the suite.</summary>
    public static void MakePrivate(string path) => File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

    /// <summary>Accepts one connection, waiting in slices so a peer that never connects is noticed.</summary>
    public static Socket Accept(Socket listener, WaitPolicy wait)
    {
        wait.InSlices("accept", ref listener, static (ref Socket s, int slice) => s.Poll(slice * 1000, SelectMode.SelectRead));
        return listener.Accept();
    }

    /// <summary>Wraps a connected stream socket as a framed channel over its descriptor.</summary>
    public static Channel Wrap(Socket socket, WaitPolicy wait)
    {
        int fd = (int)socket.SafeHandle.DangerousGetHandle();
        return new FdStreamChannel(fd, fd, wait, socket);
    }

    /// <summary>The client's side: the first message on a fresh connection must be the token, or a stranger connected.</summary>
    public static void ExpectToken(Channel channel, string token, string transport)
    {
        Span<byte> received = stackalloc byte[TokenLength * 2];
        int length = channel.Receive(received);
        if (!received[..length].SequenceEqual(System.Text.Encoding.ASCII.GetBytes(token)))
        {
            throw new TransportException($"{transport}: the first connection did not present the peer's token; refusing it");
        }
    }

    /// <summary>The peer's side: presents the token from its environment.</summary>
    public static void PresentToken(Channel channel, string transport)
    {
        string token = Environment.GetEnvironmentVariable(TokenVariable)
            ?? throw new TransportException($"{transport}: {TokenVariable} is not set");
        channel.Send(System.Text.Encoding.ASCII.GetBytes(token));
    }
}

using System.Security.Cryptography;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Remote;

/// <summary>
/// Mutual proof of the shared secret, the first thing said on a connection to a listening peer:
/// the peer sends a random challenge; the client answers with its own challenge and an
/// HMAC-SHA256 of both under the secret; the peer checks it and answers with its own HMAC of both.
/// The secret never crosses the network, and a recorded exchange is no use for the next
/// connection (fresh challenges on both sides).
/// </summary>
public static class SecretHandshake
{
    private const int NonceLength = 32;
    private const int MacLength = 32;

    private static ReadOnlySpan<byte> ClientLabel => "ipcbench client"u8;

    private static ReadOnlySpan<byte> PeerLabel => "ipcbench peer"u8;

    /// <summary>The client's side: proves the secret, then insists that the peer proves it too.</summary>
    public static void Client(Channel channel, byte[] secret, string peer)
    {
        Span<byte> challenge = stackalloc byte[NonceLength];
        if (channel.Receive(challenge) != NonceLength)
        {
            throw new TransportException($"{peer}: the peer's challenge is malformed (is it an IpcBench peer?)");
        }

        Span<byte> answer = stackalloc byte[NonceLength + MacLength];
        RandomNumberGenerator.Fill(answer[..NonceLength]);
        Mac(secret, ClientLabel, challenge, answer[..NonceLength], answer[NonceLength..]);
        channel.Send(answer);

        Span<byte> proof = stackalloc byte[MacLength];
        int length;
        try
        {
            length = channel.Receive(proof);
        }
        catch (PeerGoneException)
        {
            throw new TransportException($"{peer}: the peer refused the secret (it closed the connection)");
        }

        Span<byte> expected = stackalloc byte[MacLength];
        Mac(secret, PeerLabel, challenge, answer[..NonceLength], expected);
        if (length != MacLength || !CryptographicOperations.FixedTimeEquals(proof, expected))
        {
            throw new TransportException($"{peer}: the peer did not prove the secret; refusing it");
        }
    }

    /// <summary>The peer's side: false, with nothing more said, when the client does not know the secret.</summary>
    public static bool Peer(Channel channel, byte[] secret)
    {
        Span<byte> challenge = stackalloc byte[NonceLength];
        RandomNumberGenerator.Fill(challenge);
        channel.Send(challenge);

        Span<byte> answer = stackalloc byte[NonceLength + MacLength];
        if (channel.Receive(answer) != answer.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        Mac(secret, ClientLabel, challenge, answer[..NonceLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(answer[NonceLength..], expected))
        {
            return false;
        }

        Mac(secret, PeerLabel, challenge, answer[..NonceLength], expected);
        channel.Send(expected);
        return true;
    }

    private static void Mac(byte[] secret, ReadOnlySpan<byte> label, ReadOnlySpan<byte> challenge, ReadOnlySpan<byte> clientNonce, Span<byte> mac)
    {
        Span<byte> message = stackalloc byte[label.Length + 2 * NonceLength];
        label.CopyTo(message);
        challenge.CopyTo(message[label.Length..]);
        clientNonce.CopyTo(message[(label.Length + NonceLength)..]);
        HMACSHA256.HashData(secret, message, mac);
    }
}

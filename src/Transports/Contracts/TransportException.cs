namespace IpcBench.Transports.Contracts;

/// <summary>A transport failed; the message is one line that starts with the transport's name.</summary>
public class TransportException : IOException
{
    public TransportException(string message)
        : base(message)
    {
    }

    public TransportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>The other side went away (exited, closed its end, or removed the object).</summary>
public sealed class PeerGoneException(string message) : TransportException(message);

/// <summary>A blocking wait ran past its timeout while the other side was still alive.</summary>
public sealed class TransportTimeoutException(string message) : TransportException(message);

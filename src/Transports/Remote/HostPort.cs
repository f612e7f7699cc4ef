using System.Globalization;

namespace IpcBench.Transports.Remote;

/// <summary>A <c>HOST:PORT</c> as typed on a command line (<c>[ADDR]:PORT</c> for an IPv6 address).</summary>
public readonly record struct HostPort(string Host, int Port)
{
    /// <param name="what">What the text is, for the error (<c>--remote</c>).</param>
    public static HostPort Parse(string text, string what)
    {
        int colon = text.LastIndexOf(':');
        string host = colon > 0 ? text[..colon] : "";
        if (host.Length > 2 && host[0] == '[' && host[^1] == ']')
        {
            host = host[1..^1];
        }

        if (host.Length == 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            throw new ArgumentException($"{what} '{text}' is not HOST:PORT with a port from 0 to 65535");
        }

        return new HostPort(host, port);
    }

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

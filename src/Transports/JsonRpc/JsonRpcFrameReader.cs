using System.Buffers.Text;
using System.Text;
using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.JsonRpc;

/// <summary>
/// Cuts JSON-RPC messages out of a channel's byte stream, in LSP's or NDJSON's framing. A message
/// comes back as a span of the reader's buffer, valid until the next read. Anything malformed —
/// a header without a length, a length that is not a number or is over the limit, a line over the
/// limit, a stream that ends inside a message — is an <see cref="InvalidDataException"/> naming the
/// framing; a stream that ends between messages is the peer leaving (<see cref="PeerGoneException"/>).
/// </summary>
public sealed class JsonRpcFrameReader(Channel channel, JsonRpcFraming framing, int maxBody)
{
    /// <summary>LSP header lines are short (<c>Content-Length: 12345</c>): a longer one is not a header.</summary>
    public const int MaxHeaderLine = 1024;

    private const int MaxHeaderBytes = 8 * 1024;

    private byte[] _buffer = new byte[128 * 1024];
    private int _start;
    private int _end;

    // Why the stream ended, thrown again when it ended between messages.
    private PeerGoneException? _ended;

    public int MaxBody => maxBody;

    /// <summary>Reads the next message's JSON text.</summary>
    public ReadOnlySpan<byte> ReadFrame() => framing == JsonRpcFraming.Lsp ? ReadLsp() : ReadLine();

    private ReadOnlySpan<byte> ReadLsp()
    {
        long length = -1;
        int headerBytes = 0;
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
            {
                if (_end - _start > MaxHeaderLine)
                {
                    throw Bad($"a header line longer than {MaxHeaderLine} bytes ('{Excerpt(_buffer.AsSpan(_start, _end - _start))}...')");
                }

                if (!Fill(MaxHeaderLine + 2))
                {
                    throw _end == _start && headerBytes == 0 ? _ended! : Bad("the stream ended inside the headers");
                }
            }

            ReadOnlySpan<byte> line = _buffer.AsSpan(_start, lineEnd);
            _start += lineEnd + 2;
            headerBytes += lineEnd + 2;
            if (headerBytes > MaxHeaderBytes)
            {
                throw Bad($"more than {MaxHeaderBytes} bytes of headers");
            }

            if (line.IsEmpty)
            {
                break;
            }

            int colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                throw Bad($"a header line without ':' ('{Excerpt(line)}')");
            }

            if (Ascii.EqualsIgnoreCase(line[..colon].Trim((byte)' '), "Content-Length"u8))
            {
                ReadOnlySpan<byte> value = line[(colon + 1)..].Trim((byte)' ');
                if (!Utf8Parser.TryParse(value, out long parsed, out int used) || used != value.Length || parsed < 0)
                {
                    throw Bad($"Content-Length '{Excerpt(value)}' is not a byte count");
                }

                length = parsed;
            }
        }

        if (length < 0)
        {
            throw Bad("no Content-Length header before the empty line");
        }

        if (length > maxBody)
        {
            throw Bad($"a body of {length} bytes is over the limit of {maxBody} bytes");
        }

        int body = (int)length;
        while (_end - _start < body)
        {
            int had = _end - _start;
            if (!Fill(body))
            {
                throw Bad($"the stream ended {had} bytes into a body of {body} bytes");
            }
        }

        ReadOnlySpan<byte> message = _buffer.AsSpan(_start, body);
        _start += body;
        return message;
    }

    private ReadOnlySpan<byte> ReadLine()
    {
        int scanned = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline < 0)
            {
                scanned = _end - _start;
                if (scanned > maxBody)
                {
                    throw Bad($"a message over the limit of {maxBody} bytes without a newline");
                }

                if (!Fill(maxBody + 2))
                {
                    throw scanned == 0 ? _ended! : Bad($"the stream ended inside a message ({scanned} bytes without a newline)");
                }

                continue;
            }

            ReadOnlySpan<byte> line = _buffer.AsSpan(_start, scanned + newline);
            _start += scanned + newline + 1;
            scanned = 0;
            line = line.TrimEnd((byte)'\r');
            if (!line.IsEmpty)
            {
                return line;
            }
        }
    }

    /// <summary>Reads more bytes, first making room for a message of up to <paramref name="capacity"/> bytes; false at the end of the stream.</summary>
    private bool Fill(int capacity)
    {
        int buffered = _end - _start;
        if (_start > 0 && (_end == _buffer.Length || buffered == 0))
        {
            _buffer.AsSpan(_start, buffered).CopyTo(_buffer);
            _start = 0;
            _end = buffered;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Math.Min(capacity, maxBody + MaxHeaderBytes)));
        }

        try
        {
            _end += channel.Read(_buffer.AsSpan(_end));
            return true;
        }
        catch (PeerGoneException e)
        {
            _ended = e;
            return false;
        }
    }

    private InvalidDataException Bad(string what) => new($"{framing.Display()} framing: {what}");

    private static string Excerpt(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (byte b in bytes[..Math.Min(bytes.Length, 40)])
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '?');
        }

        return text.ToString();
    }
}

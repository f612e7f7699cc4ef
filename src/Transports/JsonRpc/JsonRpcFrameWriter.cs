using System.Buffers;
using System.Buffers.Text;

namespace IpcBench.Transports.JsonRpc;

/// <summary>
/// Builds one framed message in place: the serializer writes the body after room kept for the
/// header, and the header is written into that room once the body's length is known, so the frame
/// leaves in one write without copying the body. The buffer grows and is then reused.
/// </summary>
public sealed class JsonRpcFrameWriter : IBufferWriter<byte>
{
    // "Content-Length: " + the ten digits of int.MaxValue + "\r\n\r\n".
    private const int HeaderRoom = 32;

    private byte[] _buffer = new byte[HeaderRoom + 64 * 1024 + 1];
    private int _end = HeaderRoom;

    /// <summary>Starts a new frame; the span <see cref="Finish"/> returned before is no longer valid.</summary>
    public void Begin() => _end = HeaderRoom;

    public void Advance(int count) => _end += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_end);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_end);
    }

    /// <summary>The whole frame: the header and the body (LSP), or the body and its newline (NDJSON).</summary>
    public ReadOnlySpan<byte> Finish(JsonRpcFraming framing)
    {
        int bodyLength = _end - HeaderRoom;
        if (framing == JsonRpcFraming.Ndjson)
        {
            Reserve(1);
            _buffer[_end] = (byte)'\n';
            return _buffer.AsSpan(HeaderRoom, bodyLength + 1);
        }

        Span<byte> header = stackalloc byte[HeaderRoom];
        ReadOnlySpan<byte> name = "Content-Length: "u8;
        name.CopyTo(header);
        Utf8Formatter.TryFormat(bodyLength, header[name.Length..], out int digits);
        "\r\n\r\n"u8.CopyTo(header[(name.Length + digits)..]);
        int headerLength = name.Length + digits + 4;
        header[..headerLength].CopyTo(_buffer.AsSpan(HeaderRoom - headerLength));
        return _buffer.AsSpan(HeaderRoom - headerLength, headerLength + bodyLength);
    }

    private void Reserve(int sizeHint)
    {
        int needed = _end + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}

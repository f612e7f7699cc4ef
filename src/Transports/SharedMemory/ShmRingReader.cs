using System.Runtime.CompilerServices;
using static IpcBench.Transports.SharedMemory.ShmRingLayout;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// The consuming end of a ring: read a span in place, then release it. The writer's position is
/// re-read only when everything cached has been consumed. Every position and record header read
/// from the mapping is checked, so a buggy or hostile writer causes an exception, never an
/// access outside the ring.
/// </summary>
public sealed unsafe class ShmRingReader(ShmRing ring)
{
    // Everything before here is consumed; published on release.
    private long _position = Volatile.Read(ref *ring.ReadPosition);

    // The writer's position as last read.
    private long _limit = Volatile.Read(ref *ring.WritePosition);

    // The size of the record handed out by TryRead and not yet released (0: none).
    private int _pending;

    public ShmRing Ring => ring;

    /// <summary>Returns the next message in place, or false if there is none yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out ReadOnlySpan<byte> payload)
    {
        while (true)
        {
            if (_position == _limit && _position == RefreshLimit())
            {
                payload = default;
                return false;
            }

            int offset = (int)(_position & ring.Mask);
            byte* record = ring.Data + offset;
            int length = Volatile.Read(ref *(int*)record);
            int kind = *(int*)(record + 4);
            long available = _limit - _position;
            if (kind == PaddingKind)
            {
                int gap = ring.Capacity - offset;
                if (length != gap - RecordHeaderSize || gap > available)
                {
                    throw Corrupt($"a padding record of {length} bytes at offset {offset}");
                }

                _position += gap;
                continue;
            }

            int size = RecordSize(length);
            if (kind != MessageKind || (uint)length > (uint)ring.MaxMessage || offset + size > ring.Capacity || size > available)
            {
                throw Corrupt($"a record of kind {kind} and {length} bytes at offset {offset} with {available} bytes published");
            }

            _pending = size;
            payload = new ReadOnlySpan<byte>(record + RecordHeaderSize, length);
            return true;
        }
    }

    /// <summary>Gives the last message's room back to the writer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release()
    {
        if (_pending == 0)
        {
            throw new InvalidOperationException("shared ring: release without a read");
        }

        _position += _pending;
        _pending = 0;
        Volatile.Write(ref *ring.ReadPosition, _position);
    }

    private long RefreshLimit()
    {
        long written = Volatile.Read(ref *ring.WritePosition);
        if (written < _limit || written - _position > ring.Capacity)
        {
            throw Corrupt($"the write position {written} (was {_limit}, read position {_position})");
        }

        _limit = written;
        return written;
    }

    private static InvalidDataException Corrupt(string what) => new($"shared ring: corrupted: {what}");
}

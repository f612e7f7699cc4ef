using System.Runtime.CompilerServices;
using static IpcBench.Transports.SharedMemory.ShmRingLayout;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// The producing end of a ring: claim a span, fill it, commit. The payload is written first,
/// then the record's length, then the write position is published with a release store; the
/// reader's position is re-read only when the cached one says the ring is full.
/// </summary>
public sealed unsafe class ShmRingWriter(ShmRing ring)
{
    // Everything up to here is committed (the published write position).
    private long _position = Volatile.Read(ref *ring.WritePosition);

    // The reader's position plus capacity, as last read: writes may go up to here.
    private long _limit = Volatile.Read(ref *ring.ReadPosition) + ring.Capacity;

    // The claimed record: where its header starts, and its payload length (-1: nothing claimed).
    private long _claimed;
    private int _claimedLength = -1;

    public ShmRing Ring => ring;

    public int MaxMessage => ring.MaxMessage;

    /// <summary>
    /// Claims room for a <paramref name="length"/>-byte message, or returns false if the ring is
    /// too full now. A record never straddles the end: a padding record fills the gap first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryClaim(int length, out Span<byte> payload)
    {
        if ((uint)length > (uint)ring.MaxMessage)
        {
            ThrowTooLarge(length);
        }

        long position = _position;
        int offset = (int)(position & ring.Mask);
        int record = RecordSize(length);
        int padding = offset + record > ring.Capacity ? ring.Capacity - offset : 0;
        long end = position + padding + record;
        if (end > _limit && end > RefreshLimit())
        {
            payload = default;
            return false;
        }

        if (padding > 0)
        {
            byte* gap = ring.Data + offset;
            *(int*)(gap + 4) = PaddingKind;
            *(int*)gap = padding - RecordHeaderSize;
            position += padding;
            offset = 0;
        }

        _claimed = position;
        _claimedLength = length;
        payload = new Span<byte>(ring.Data + offset + RecordHeaderSize, length);
        return true;
    }

    /// <summary>Publishes the claimed record (and any padding before it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Commit()
    {
        if (_claimedLength < 0)
        {
            throw new InvalidOperationException("shared ring: commit without a claim");
        }

        byte* record = ring.Data + (_claimed & ring.Mask);
        *(int*)(record + 4) = MessageKind;
        Volatile.Write(ref *(int*)record, _claimedLength);
        _position = _claimed + RecordSize(_claimedLength);
        _claimedLength = -1;
        Volatile.Write(ref *ring.WritePosition, _position);
    }

    private long RefreshLimit()
    {
        long read = Volatile.Read(ref *ring.ReadPosition);
        // The reader can neither pass what was published nor go back: anything else is corruption.
        if (read > _position || read + ring.Capacity < _limit)
        {
            throw new InvalidDataException($"shared ring: the read position {read} is outside [{_limit - ring.Capacity}, {_position}]");
        }

        _limit = read + ring.Capacity;
        return _limit;
    }

    private void ThrowTooLarge(int length) =>
        throw new ArgumentOutOfRangeException(nameof(length), $"a {length}-byte message is larger than this ring's {ring.MaxMessage}-byte limit (half its {ring.Capacity}-byte capacity, less the record header)");
}

using System.Runtime.CompilerServices;
using static IpcBench.Transports.SharedMemory.ShmRingLayout;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// The producing end of a ring: claim a span, fill it, commit. The payload is written first, then
/// the record's length and kind, then its stamp with a release store, which publishes it; the
/// reader's position is re-read only when the cached one says the ring is full.
/// </summary>
public sealed unsafe class ShmRingWriter(ShmRing ring)
{
    // Everything before here is committed. A ring has one writer for its life, starting at 0.
    private long _position;

    // The reader's position plus capacity, as last read: writes may go up to here.
    private long _limit = Volatile.Read(ref *ring.ReadPosition) + ring.Capacity;

    // The claimed record: where its header starts (past any padding from _position), and its payload length (-1: nothing claimed).
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

        int offset = (int)(_position & ring.Mask);
        int record = RecordSize(length);
        int padding = offset + record > ring.Capacity ? ring.Capacity - offset : 0;
        long end = _position + padding + record;
        if (end > _limit && end > RefreshLimit())
        {
            payload = default;
            return false;
        }

        _claimed = _position + padding;
        _claimedLength = length;
        payload = new Span<byte>(ring.Data + (_claimed & ring.Mask) + RecordHeaderSize, length);
        return true;
    }

    /// <summary>Publishes the padding before the claimed record, if any, then the record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Commit()
    {
        if (_claimedLength < 0)
        {
            throw new InvalidOperationException("shared ring: commit without a claim");
        }

        if (_claimed != _position)
        {
            Publish(_position, PaddingKind, (int)(_claimed - _position) - RecordHeaderSize);
        }

        Publish(_claimed, MessageKind, _claimedLength);
        _position = _claimed + RecordSize(_claimedLength);
        _claimedLength = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Publish(long position, int kind, int length)
    {
        byte* record = ring.Data + (position & ring.Mask);
        *(int*)(record + 4) = kind;
        *(int*)record = length;
        Volatile.Write(ref *(long*)(record + StampOffset), position ^ ring.StampKey);
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

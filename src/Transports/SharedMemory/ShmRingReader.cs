using System.Runtime.CompilerServices;
using static IpcBench.Transports.SharedMemory.ShmRingLayout;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// The consuming end of a ring: read a span in place, then release it. A record is there when its
/// stamp says so (see <see cref="ShmRingLayout"/>). Every record header read from the mapping is
/// checked, so a buggy or hostile writer causes an exception, never an access outside the ring;
/// a wrong length that stays inside the ring shows as wrong bytes, which the benchmarks verify.
/// </summary>
public sealed unsafe class ShmRingReader(ShmRing ring)
{
    // Everything before here is consumed; published on release.
    private long _position = Volatile.Read(ref *ring.ReadPosition);

    // The size of the record handed out by TryRead and not yet released (0: none).
    private int _pending;

    public ShmRing Ring => ring;

    /// <summary>Returns the next message in place, or false if there is none yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out ReadOnlySpan<byte> payload)
    {
        while (true)
        {
            int offset = (int)(_position & ring.Mask);
            byte* record = ring.Data + offset;
            if (Volatile.Read(ref *(long*)(record + StampOffset)) != (_position ^ ring.StampKey))
            {
                payload = default;
                return false;
            }

            int length = *(int*)record;
            int kind = *(int*)(record + 4);
            if (kind == PaddingKind)
            {
                int gap = ring.Capacity - offset;
                if (length != gap - RecordHeaderSize)
                {
                    throw Corrupt($"a padding record of {length} bytes at offset {offset}, {gap} bytes before the end");
                }

                _position += gap;
                continue;
            }

            int size = RecordSize(length);
            if (kind != MessageKind || (uint)length > (uint)ring.MaxMessage || offset + size > ring.Capacity)
            {
                throw Corrupt($"a record of kind {kind} and {length} bytes at offset {offset}");
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

    private static InvalidDataException Corrupt(string what) => new($"shared ring: corrupted: {what}");
}

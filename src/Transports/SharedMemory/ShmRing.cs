using System.Buffers.Binary;
using System.Security.Cryptography;
using IpcBench.Transports.Interop;
using static IpcBench.Transports.SharedMemory.ShmRingLayout;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// A single-producer/single-consumer ring in a shared mapping: its layout is written by
/// <see cref="Initialize"/> and checked by <see cref="Validate"/>, and both ends are built over it.
/// </summary>
public sealed unsafe class ShmRing
{
    private ShmRing(byte* start, int capacity, long stampKey)
    {
        Start = start;
        Capacity = capacity;
        Mask = capacity - 1;
        StampKey = stampKey;
    }

    /// <summary>The start of the mapping (the layout's offsets count from here).</summary>
    public byte* Start { get; }

    /// <summary>Data bytes, a power of two; cached here so a header changed later cannot move it.</summary>
    public int Capacity { get; }

    public int Mask { get; }

    /// <summary>XORed into every record's position to make its stamp (see <see cref="ShmRingLayout"/>).</summary>
    public long StampKey { get; }

    public byte* Data => Start + HeaderSize;

    public long* ReadPosition => (long*)(Start + ReadPositionOffset);

    public FutexEvent DataReady => new((int*)(Start + DataFutexOffset));

    public int* ReaderSleeps => (int*)(Start + ReaderSleepsOffset);

    public FutexEvent SpaceReady => new((int*)(Start + SpaceFutexOffset));

    public int* WriterSleeps => (int*)(Start + WriterSleepsOffset);

    /// <summary>The data semaphore (a sem_t), posted once per message by the Semaphore wait.</summary>
    public nint DataSemaphore => (nint)(Start + DataSemaphoreOffset);

    public int MaxMessage => ShmRingLayout.MaxMessage(Capacity);

    /// <summary>Writes a fresh header into a zero-filled mapping of <see cref="MappingLength"/> bytes.</summary>
    public static ShmRing Initialize(byte* start, long mappingLength, int capacity)
    {
        if (!IsValidCapacity(capacity) || mappingLength < ShmRingLayout.MappingLength(capacity))
        {
            throw new ArgumentException($"a ring capacity must be a power of two from {MinCapacity} to {MaxCapacity} bytes that fits the mapping, not {capacity}");
        }

        var header = new Span<byte>(start, HeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(header[VersionOffset..], ShmRingLayout.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[HeaderSizeOffset..], HeaderSize);
        BinaryPrimitives.WriteInt64LittleEndian(header[CapacityOffset..], capacity);
        long stampKey = NewStampKey();
        BinaryPrimitives.WriteInt64LittleEndian(header[StampKeyOffset..], stampKey);
        Libc.Check(Libc.SemInit((nint)(start + DataSemaphoreOffset), 1, 0), "sem_init");
        // The magic last: a side that attaches early sees no magic rather than half a header.
        Volatile.Write(ref *(ulong*)(start + MagicOffset), Magic);
        return new ShmRing(start, capacity, stampKey);
    }

    /// <summary>Checks the header of a mapping made by the other side; a wrong one gives one clear error.</summary>
    public static ShmRing Validate(byte* start, long mappingLength)
    {
        if (mappingLength < HeaderSize)
        {
            throw new InvalidDataException($"shared ring: the mapping has {mappingLength} bytes, less than its {HeaderSize}-byte header");
        }

        var header = new ReadOnlySpan<byte>(start, HeaderSize);
        ulong magic = Volatile.Read(ref *(ulong*)(start + MagicOffset));
        if (magic != Magic)
        {
            throw new InvalidDataException($"shared ring: bad magic {magic:x16}");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(header[VersionOffset..]);
        int headerSize = BinaryPrimitives.ReadInt32LittleEndian(header[HeaderSizeOffset..]);
        if (version != ShmRingLayout.Version || headerSize != HeaderSize)
        {
            throw new InvalidDataException($"shared ring: version {version} with a {headerSize}-byte header; this build reads version {ShmRingLayout.Version} with {HeaderSize}");
        }

        long capacity = BinaryPrimitives.ReadInt64LittleEndian(header[CapacityOffset..]);
        if (!IsValidCapacity(capacity) || ShmRingLayout.MappingLength((int)capacity) > mappingLength)
        {
            throw new InvalidDataException($"shared ring: capacity {capacity} is not a power of two that fits the {mappingLength}-byte mapping");
        }

        long stampKey = BinaryPrimitives.ReadInt64LittleEndian(header[StampKeyOffset..]);
        if (stampKey >= 0)
        {
            throw new InvalidDataException($"shared ring: stamp key {stampKey:x16} lacks its top bit");
        }

        return new ShmRing(start, (int)capacity, stampKey);
    }

    private static long NewStampKey() => BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8)) | long.MinValue;
}

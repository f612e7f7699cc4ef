using System.Runtime.InteropServices;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.SharedMemory;

/// <summary>A ring in plain native memory, for testing the ring without a second process.</summary>
public sealed unsafe class RingMemory : IDisposable
{
    public RingMemory(int capacity)
    {
        Length = ShmRingLayout.MappingLength(capacity);
        Start = (byte*)NativeMemory.AllocZeroed((nuint)Length);
        Ring = ShmRing.Initialize(Start, Length, capacity);
    }

    public byte* Start { get; }

    public long Length { get; }

    public ShmRing Ring { get; }

    public Span<byte> Bytes => new(Start, (int)Length);

    public void Dispose() => NativeMemory.Free(Start);
}

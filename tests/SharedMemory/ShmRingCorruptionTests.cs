using System.Buffers.Binary;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.SharedMemory;

/// <summary>A ring written by a buggy or hostile side gives a clear exception, never a wild read or a hang.</summary>
public unsafe class ShmRingCorruptionTests
{
    private const int Capacity = 4096;

    [Theory]
    [InlineData(ShmRingLayout.MagicOffset, "bad magic")]
    [InlineData(ShmRingLayout.VersionOffset, "version")]
    [InlineData(ShmRingLayout.HeaderSizeOffset, "header")]
    [InlineData(ShmRingLayout.CapacityOffset, "capacity")]
    public void A_wrong_header_field_is_refused_on_attach(int offset, string expected)
    {
        using var memory = new RingMemory(Capacity);
        memory.Bytes[offset] ^= 0x5A;
        var error = Assert.Throws<InvalidDataException>(() => ShmRing.Validate(memory.Start, memory.Length));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_capacity_larger_than_the_mapping_is_refused()
    {
        using var memory = new RingMemory(Capacity);
        BinaryPrimitives.WriteInt64LittleEndian(memory.Bytes[ShmRingLayout.CapacityOffset..], Capacity * 2);
        Assert.Throws<InvalidDataException>(() => ShmRing.Validate(memory.Start, memory.Length));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Capacity)]
    [InlineData(int.MaxValue)]
    public void A_record_length_beyond_the_ring_is_refused(int length)
    {
        using var memory = new RingMemory(Capacity);
        CommitOne(memory, 100);
        BinaryPrimitives.WriteInt32LittleEndian(memory.Bytes[ShmRingLayout.HeaderSize..], length);
        var error = Assert.Throws<InvalidDataException>(() => new ShmRingReader(memory.Ring).TryRead(out _));
        Assert.Contains("corrupted", error.Message);
    }

    [Fact]
    public void A_stamp_key_without_its_top_bit_is_refused_on_attach()
    {
        using var memory = new RingMemory(Capacity);
        BinaryPrimitives.WriteInt64LittleEndian(memory.Bytes[ShmRingLayout.StampKeyOffset..], 0x1234);
        var error = Assert.Throws<InvalidDataException>(() => ShmRing.Validate(memory.Start, memory.Length));
        Assert.Contains("stamp key", error.Message);
    }

    [Fact]
    public void A_record_stamped_for_another_lap_is_not_read()
    {
        using var memory = new RingMemory(Capacity);
        CommitOne(memory, 16);
        int stamp = ShmRingLayout.HeaderSize + ShmRingLayout.StampOffset;
        long published = BinaryPrimitives.ReadInt64LittleEndian(memory.Bytes[stamp..]);
        BinaryPrimitives.WriteInt64LittleEndian(memory.Bytes[stamp..], published ^ Capacity);
        Assert.False(new ShmRingReader(memory.Ring).TryRead(out _));
    }

    [Fact]
    public void A_padding_record_that_does_not_reach_the_end_is_refused()
    {
        using var memory = new RingMemory(Capacity);
        CommitOne(memory, 16);
        BinaryPrimitives.WriteInt32LittleEndian(memory.Bytes[(ShmRingLayout.HeaderSize + 4)..], ShmRingLayout.PaddingKind);
        var error = Assert.Throws<InvalidDataException>(() => new ShmRingReader(memory.Ring).TryRead(out _));
        Assert.Contains("padding", error.Message);
    }

    [Fact]
    public void A_read_position_outside_what_was_written_is_refused()
    {
        using var memory = new RingMemory(Capacity);
        var writer = new ShmRingWriter(memory.Ring);
        while (writer.TryClaim(1000, out _))
        {
            writer.Commit();
        }

        *memory.Ring.ReadPosition = long.MaxValue / 2;
        Assert.Throws<InvalidDataException>(() => writer.TryClaim(1000, out _));
    }

    [Fact]
    public void Random_bytes_over_header_and_records_never_escape_the_ring()
    {
        var random = new Random(7);
        for (int run = 0; run < 5000; run++)
        {
            using var memory = new RingMemory(Capacity);
            CommitOne(memory, random.Next(0, 200));
            // Scribble over the first records' headers and payload, as a broken writer might.
            for (int i = random.Next(1, 16); i > 0; i--)
            {
                memory.Bytes[ShmRingLayout.HeaderSize + random.Next(0, 256)] = (byte)random.Next(256);
            }

            var reader = new ShmRingReader(memory.Ring);
            try
            {
                for (int reads = 0; reads < 4 && reader.TryRead(out ReadOnlySpan<byte> message); reads++)
                {
                    Assert.InRange(message.Length, 0, memory.Ring.MaxMessage);
                    reader.Release();
                }
            }
            catch (InvalidDataException)
            {
                // The expected outcome for most scribbles: a clear error.
            }
        }
    }

    private static void CommitOne(RingMemory memory, int length)
    {
        var writer = new ShmRingWriter(memory.Ring);
        Assert.True(writer.TryClaim(length, out _));
        writer.Commit();
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.SharedMemory;

/// <summary>
/// Random sequences of message sizes and of when the reader runs go through a small ring (so
/// wrap-around and padding happen constantly) and must come out in order, byte for byte.
/// </summary>
public class ShmRingPropertyTests
{
    private const int Capacity = 4096;

    [Property(MaxTest = 300)]
    public bool Messages_come_out_in_order_and_byte_exact(int[] sizes, bool[] readerRuns)
    {
        using var memory = new RingMemory(Capacity);
        var writer = new ShmRingWriter(memory.Ring);
        var reader = new ShmRingReader(memory.Ring);
        int max = memory.Ring.MaxMessage;
        var inFlight = new Queue<byte[]>();
        int step = 0;
        foreach (int raw in sizes.Concat(sizes))
        {
            byte[] message = MessageOf(Math.Abs(raw % (max + 1)), step);
            // Write when there is room; otherwise, or when the schedule says so, let the reader run.
            Span<byte> room;
            while (!writer.TryClaim(message.Length, out room))
            {
                if (inFlight.Count == 0)
                {
                    return false; // an empty ring must take any message up to MaxMessage
                }

                ReadOne(reader, inFlight.Dequeue());
            }

            message.CopyTo(room);
            writer.Commit();
            inFlight.Enqueue(message);
            if (readerRuns.Length > 0 && readerRuns[step++ % readerRuns.Length])
            {
                ReadOne(reader, inFlight.Dequeue());
            }
        }

        while (inFlight.Count > 0)
        {
            ReadOne(reader, inFlight.Dequeue());
        }

        return !reader.TryRead(out _);
    }

    [Property(MaxTest = 100)]
    public Property A_full_ring_refuses_until_the_reader_releases(PositiveInt rawSize)
    {
        using var memory = new RingMemory(Capacity);
        var writer = new ShmRingWriter(memory.Ring);
        var reader = new ShmRingReader(memory.Ring);
        int size = rawSize.Get % (memory.Ring.MaxMessage + 1);
        int written = 0;
        while (writer.TryClaim(size, out _))
        {
            writer.Commit();
            written++;
        }

        int record = ShmRingLayout.RecordSize(size);
        bool fullAtCapacity = (written + 1) * (long)record > Capacity;
        Assert.True(reader.TryRead(out ReadOnlySpan<byte> first));
        Assert.Equal(size, first.Length);
        reader.Release();
        bool roomAgain = writer.TryClaim(size, out _);
        return (fullAtCapacity && roomAgain).Label($"{written} records of {record} bytes, room after release: {roomAgain}");
    }

    [Fact]
    public void A_message_larger_than_half_the_ring_is_refused_with_a_clear_error()
    {
        using var memory = new RingMemory(Capacity);
        var writer = new ShmRingWriter(memory.Ring);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => writer.TryClaim(memory.Ring.MaxMessage + 1, out _));
        Assert.Contains($"larger than this ring's {memory.Ring.MaxMessage}-byte limit", error.Message);
    }

    [Fact]
    public void An_empty_ring_has_nothing_to_read_and_every_size_up_to_the_limit_fits()
    {
        using var memory = new RingMemory(Capacity);
        var writer = new ShmRingWriter(memory.Ring);
        var reader = new ShmRingReader(memory.Ring);
        Assert.False(reader.TryRead(out _));
        for (int size = 0; size <= memory.Ring.MaxMessage; size += 97)
        {
            Assert.True(writer.TryClaim(size, out _));
            writer.Commit();
            Assert.True(reader.TryRead(out ReadOnlySpan<byte> message));
            Assert.Equal(size, message.Length);
            reader.Release();
        }
    }

    private static void ReadOne(ShmRingReader reader, byte[] expected)
    {
        Assert.True(reader.TryRead(out ReadOnlySpan<byte> message), "a committed message is missing");
        Assert.True(message.SequenceEqual(expected), $"a {expected.Length}-byte message came out changed");
        reader.Release();
    }

    private static byte[] MessageOf(int size, int seed)
    {
        byte[] message = new byte[size];
        new Random(seed).NextBytes(message);
        return message;
    }
}

using System.Buffers.Binary;
using System.IO.Hashing;
using IpcBench.Tests.Support;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.SharedMemory;

namespace IpcBench.Tests.SharedMemory;

/// <summary>
/// Many messages of random sizes through both rings at once, with every wait strategy: one
/// thread sends without waiting for echoes, another checks each echo's sequence number and
/// checksum, so full and empty rings, padding and sleeping writers all happen. Sized to run in
/// seconds; IPCBENCH_STRESS_MESSAGES raises the count for a soak run.
/// </summary>
public class ShmStressTests
{
    private const int HeaderLength = 2 * sizeof(ulong);

    private static readonly int Messages =
        int.TryParse(Environment.GetEnvironmentVariable("IPCBENCH_STRESS_MESSAGES"), out int n) ? n : 200_000;

    [Theory]
    [InlineData(WaitStrategy.Spin)]
    [InlineData(WaitStrategy.Hybrid)]
    [InlineData(WaitStrategy.Block)]
    [InlineData(WaitStrategy.Semaphore)]
    public void Nothing_is_lost_duplicated_or_corrupted(WaitStrategy wait)
    {
        var before = IpcLeakCheck.Take();
        byte[] pool = new byte[1 << 20];
        new Random(3).NextBytes(pool);
        using (var connection = PeerConnection.Open(new ShmTransport(wait, capacity: 64 * 1024), PeerMode.Echo))
        {
            Channel channel = connection.Channel;
            Exception? senderError = null;
            var sender = new Thread(() =>
            {
                try
                {
                    byte[] message = new byte[32 * 1024];
                    for (int seq = 0; seq < Messages; seq++)
                    {
                        int length = Fill(message, pool, seq);
                        channel.Send(message.AsSpan(0, length));
                    }
                }
                catch (Exception e)
                {
                    senderError = e;
                }
            });
            sender.Start();

            byte[] echo = new byte[32 * 1024];
            for (int seq = 0; seq < Messages && senderError is null; seq++)
            {
                int length = channel.Receive(echo);
                Assert.Equal(SizeOf(seq), length);
                Assert.Equal((ulong)seq, BinaryPrimitives.ReadUInt64LittleEndian(echo));
                Assert.Equal(BinaryPrimitives.ReadUInt64LittleEndian(echo.AsSpan(sizeof(ulong))), XxHash3.HashToUInt64(echo.AsSpan(HeaderLength, length - HeaderLength)));
            }

            Assert.True(sender.Join(TimeSpan.FromSeconds(30)));
            Assert.Null(senderError);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    /// <summary>Mostly small messages, with a large one now and then so that the ring wraps unevenly.</summary>
    private static int SizeOf(int seq) => seq % 997 == 0 ? 20_000 + seq % 5000 : HeaderLength + (int)((uint)(seq * 2654435761) % 300);

    private static int Fill(byte[] message, byte[] pool, int seq)
    {
        int length = SizeOf(seq);
        Span<byte> payload = message.AsSpan(HeaderLength, length - HeaderLength);
        pool.AsSpan(seq % 4096, payload.Length).CopyTo(payload);
        BinaryPrimitives.WriteUInt64LittleEndian(message, (ulong)seq);
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(sizeof(ulong)), XxHash3.HashToUInt64(payload));
        return length;
    }
}

using IpcBench.Bench.Claims;
using IpcBench.Bench.Latency;
using IpcBench.Tests.Reporting;

namespace IpcBench.Tests.Claims;

public class TailRuleTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void A_latency_claim_says_whether_p99_agrees()
    {
        LatencyRow[] tail = [Row("Shm", "Spin", 64, 1_000), Row("Semaphore", null, 0, 20_000)];
        ClaimVerdict semaphore = fixture.Verdicts.First(v => v.Claim.Mechanism == "Semaphore");
        Assert.EndsWith("p99 agrees (low)", TailRule.Weigh(semaphore, tail).Reason);
    }

    [Fact]
    public void A_throughput_claim_is_left_as_it_is()
    {
        ClaimVerdict pipe = fixture.Verdicts.First(v => v.Claim.Mechanism == "Pipe");
        Assert.Same(pipe, TailRule.Weigh(pipe, [Row("Shm", "Spin", 64, 1_000), Row("AnonPipe", null, 64, 100_000)]));
    }

    private static LatencyRow Row(string transport, string? wait, int size, long p99) =>
        new(transport, wait, size, 1000, null, 1000, "test", p99, p99, p99, p99, p99, p99, p99, 0, 0, 0, 0);
}

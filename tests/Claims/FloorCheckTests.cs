using IpcBench.Bench.Claims;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Tests.Claims;

public class FloorCheckTests
{
    [Fact]
    public void Every_data_carrying_variant_is_set_against_the_Floor_of_its_round()
    {
        IReadOnlyList<FloorCheck.Row> rows = FloorCheck.Of(SyntheticCheck.Make(20, drift: r => 1 + r));
        FloorCheck.Row spin = rows.Single(r => r.Variant == "Shm (Spin)" && r.Bytes == 64);
        Assert.InRange(spin.Ratio.Median, 4.2, 4.8);
        Assert.Equal([64, 4096, 65536], rows.Where(r => r.Variant == "Shm (Spin)" && r.Scenario == Scenario.PingPong).Select(r => r.Bytes));
        Assert.DoesNotContain(rows, r => r.Variant is "Floor" or "Signal" or "Futex");
        Assert.DoesNotContain(rows, r => r.BeatsTheFloor);
    }

    [Fact]
    public void Every_stream_is_set_against_the_Floor_stream_as_a_time_ratio()
    {
        IReadOnlyList<FloorCheck.Row> streams = [.. FloorCheck.Of(SyntheticCheck.Make(20, drift: r => 1 + r)).Where(r => r.Scenario == Scenario.Throughput)];
        Assert.Equal(
            CheckCase.All.Where(c => c.Scenario == Scenario.Throughput && !c.Transport.IsReference).Select(c => c.Label).Order(),
            streams.Select(r => r.Variant).Order());
        Assert.All(streams, r => Assert.Equal(65536, r.Bytes));

        // 12,000 MiB/s for the Floor over 10,000 for Shm Spin: the stream takes 1.2x the Floor's time.
        Assert.InRange(streams.Single(r => r.Variant == "Shm (Spin)").Ratio.Median, 1.1, 1.3);
        Assert.InRange(streams.Single(r => r.Variant == "AnonPipe").Ratio.Median, 11, 13);
    }

    [Fact]
    public void A_Floor_that_something_beats_is_reported_as_wrong_not_printed()
    {
        // A Floor round trip of 2 µs and a Floor stream of 8,000 MiB/s: Shm beats both.
        CheckRun run = SyntheticCheck.Make(20, figure: c => !c.Transport.IsReference ? SyntheticCheck.Base(c) : c.Scenario == Scenario.PingPong ? 2_000 : 8_000);
        ClaimsCheck check = ClaimsCheck.Judge(run);
        Assert.Contains(check.Floor, r => r.Variant == "Shm (Spin)" && r.BeatsTheFloor);
        string html = HtmlReport.Render(ReportModel.Build("test", [], null, check), []);
        Assert.Contains("The Floor is wrong in this check: Shm (Spin) PingPong at 64 B, Shm (Hybrid) PingPong at 64 B, Shm (Spin) PingPong at 4 KiB", html);
        Assert.Contains("Shm (Spin) Throughput at 64 KiB, Shm (Hybrid) Throughput at 64 KiB", html);
        Assert.DoesNotContain("× Floor (95% interval)", html);
    }

    [Fact]
    public void Spin_is_set_against_Hybrid_at_every_size_measured()
    {
        IReadOnlyList<FloorCheck.Row> rows = FloorCheck.SpinAgainstHybrid(SyntheticCheck.Make(15));
        Assert.Equal([64, 4096, 65536], rows.Select(r => r.Bytes));
        Assert.All(rows, r => Assert.InRange(r.Ratio.Median, 0.9, 1.0));
    }

    [Fact]
    public void A_check_without_the_Floor_has_no_floor_rows()
    {
        Assert.Empty(FloorCheck.Of(SyntheticCheck.Make(6, cases: CheckCase.Matching(["*Tcp*"]))));
    }
}

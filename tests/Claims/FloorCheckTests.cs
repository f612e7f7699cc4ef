using IpcBench.Bench.Claims;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Rounds;

namespace IpcBench.Tests.Claims;

public class FloorCheckTests
{
    [Fact]
    public void Every_data_carrying_variant_is_set_against_the_Floor_of_its_round()
    {
        IReadOnlyList<FloorCheck.Row> rows = FloorCheck.Of(SyntheticCheck.Make(20, drift: r => 1 + r));
        FloorCheck.Row spin = rows.Single(r => r.Variant == "Shm (Spin)" && r.Bytes == 64);
        Assert.InRange(spin.Ratio.Median, 4.2, 4.8);
        Assert.Equal([64, 4096, 65536], rows.Where(r => r.Variant == "Shm (Spin)").Select(r => r.Bytes));
        Assert.DoesNotContain(rows, r => r.Variant is "Floor" or "Signal" or "Futex");
        Assert.DoesNotContain(rows, r => r.BeatsTheFloor);
    }

    [Fact]
    public void A_Floor_that_something_beats_is_reported_as_wrong_not_printed()
    {
        CheckRun run = SyntheticCheck.Make(20, figure: c => c.Transport.IsReference ? 2_000 : SyntheticCheck.Base(c));
        ClaimsCheck check = ClaimsCheck.Judge(run);
        Assert.Contains(check.Floor, r => r.Variant == "Shm (Spin)" && r.BeatsTheFloor);
        string html = HtmlReport.Render(ReportModel.Build("test", [], null, check), []);
        Assert.Contains("The Floor is wrong in this check: Shm (Spin) at 64 B, Shm (Hybrid) at 64 B, Shm (Spin) at 4 KiB", html);
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

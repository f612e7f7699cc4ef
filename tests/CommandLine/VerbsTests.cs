using IpcBench.Bench.CommandLine;

namespace IpcBench.Tests.CommandLine;

public class VerbsTests
{
    private static readonly string[] Known = ["report", "gate", "latency", "claims", "reproducibility", "cleanup"];

    [Theory]
    [InlineData("reprot", "report")]
    [InlineData("REPORT", "report")]
    [InlineData("gaet", "gate")]
    [InlineData("latnecy", "latency")]
    [InlineData("clean", "cleanup")]
    [InlineData("latncy", "latency")]
    [InlineData("claim", "claims")]
    public void A_typo_finds_the_verb_meant(string typed, string expected) => Assert.Equal(expected, Verbs.Closest(typed, Known));

    [Theory]
    [InlineData("benchmark")]
    [InlineData("x")]
    public void Something_unlike_any_verb_suggests_nothing(string typed) => Assert.Null(Verbs.Closest(typed, Known));

    [Theory]
    [InlineData("report", "report", 0)]
    [InlineData("reprot", "report", 1)]
    [InlineData("gate", "gates", 1)]
    [InlineData("", "gate", 4)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected) => Assert.Equal(expected, Verbs.Distance(a, b));
}

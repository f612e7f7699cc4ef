using System.CommandLine;
using System.CommandLine.Help;
using IpcBench.Bench.CommandLine;
using IpcBench.Transports.Processes;

namespace IpcBench.Tests.CommandLine;

/// <summary>The parser in process: option forms, several filters, typed values, and what goes to BenchmarkDotNet.</summary>
public class ParserTests
{
    private static readonly ParserConfiguration Configuration = new() { EnablePosixBundling = false, ResponseFileTokenReplacer = null };

    [Theory]
    [InlineData("latency", "--size", "128")]
    [InlineData("latency", "--size=128")]
    [InlineData("latency", "--size:128")]
    public void Both_option_forms_work(params string[] args)
    {
        ParseResult result = Parse(args);
        Assert.Empty(result.Errors);
        Assert.Equal(128, Value<int>(result, "--size"));
    }

    [Theory]
    [InlineData("latency", "--filter", "*Tcp*", "*Fifo*")]
    [InlineData("latency", "--filter", "*Tcp*", "--filter", "*Fifo*")]
    [InlineData("latency", "--filter=*Tcp*", "--filter=*Fifo*")]
    public void Several_filters_work(params string[] args)
    {
        ParseResult result = Parse(args);
        Assert.Empty(result.Errors);
        Assert.Equal(["*Tcp*", "*Fifo*"], Value<string[]>(result, "--filter"));
    }

    [Theory]
    [InlineData("split", Placement.Split)]
    [InlineData("SAME", Placement.Same)]
    [InlineData("os", Placement.Os)]
    public void Placement_means_the_same_for_the_benchmarks_and_the_latency_verb(string text, Placement expected)
    {
        Assert.Equal(expected, Value<Placement>(Parse("--placement", text), "--placement"));
        Assert.Equal(expected, Value<Placement>(Parse("latency", $"--placement={text}"), "--placement"));
    }

    [Fact]
    public void Defaults_are_split_placement_64_bytes_and_every_transport()
    {
        ParseResult result = Parse("latency");
        Assert.Equal(Placement.Split, Value<Placement>(result, "--placement"));
        Assert.Equal(64, Value<int>(result, "--size"));
        Assert.Equal(["*"], Value<string[]>(result, "--filter"));
    }

    [Theory]
    [InlineData("unknown placement 'nowhere'", "--placement", "nowhere")]
    [InlineData("--size needs a non-negative", "latency", "--size", "-1")]
    [InlineData("--count needs a positive", "latency", "--count", "0")]
    [InlineData("--rate needs a positive", "latency", "--rate", "0")]
    [InlineData("cannot read threshold 'lots'", "gate", "--baseline", "a", "--current", "b", "--threshold", "lots")]
    [InlineData("'--from' is required", "report")]
    [InlineData("--rounds needs at least 2", "claims", "--rounds", "1")]
    [InlineData("--slice needs 10 to 60000", "claims", "--slice", "5")]
    [InlineData("--gap needs 0 to 240", "reproducibility", "--gap", "-1")]
    public void Bad_values_are_parse_errors(string expected, params string[] args)
    {
        ParseResult result = Parse(args);
        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void What_IpcBench_does_not_know_goes_to_BenchmarkDotNet_in_order()
    {
        ParseResult result = Parse("--placement", "same", "--filter", "*Tcp*", "*Fifo*", "--job", "short", "-m");
        Assert.Empty(result.Errors);
        Assert.Equal(Placement.Same, Value<Placement>(result, "--placement"));
        Assert.Equal(["--filter", "*Tcp*", "*Fifo*", "--job", "short", "-m"], result.UnmatchedTokens);
    }

    [Fact]
    public void A_verb_keeps_what_it_does_not_know_apart_so_that_it_can_be_refused()
    {
        Assert.Equal(["--pin", "0"], Parse("latency", "--pin", "0").UnmatchedTokens);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("gate")]
    [InlineData("latency")]
    [InlineData("cleanup")]
    [InlineData("claims")]
    [InlineData("reproducibility")]
    public void Every_verb_is_a_command_with_help(string verb)
    {
        Command command = IpcBenchCommandLine.Build().Subcommands.Single(c => c.Name == verb);
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
        ParseResult help = Parse(verb, "--help");
        Assert.Empty(help.Errors);
        Assert.IsType<HelpAction>(help.Action);
        Assert.Equal(verb, help.CommandResult.Command.Name);
    }

    private static ParseResult Parse(params string[] args) => IpcBenchCommandLine.Build().Parse(args, Configuration);

    private static T Value<T>(ParseResult result, string option) =>
        result.GetValue<T>(option)!;
}

using System.CommandLine;
using System.CommandLine.Help;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// The one parser of IpcBench's command line. With no verb it runs the benchmarks, and every
/// argument it does not know goes to BenchmarkDotNet unchanged (<c>--filter</c>, <c>--job</c>,
/// <c>--list</c>, ...). Verbs: report, gate, latency, claims, reproducibility, cleanup, netns, boundary, runtimes, usecases; each has --help. Bad input is one
/// line on standard error and exit code 2.
/// </summary>
public static class IpcBenchCommandLine
{
    private static readonly ParserConfiguration Configuration = new()
    {
        // BenchmarkDotNet's tokens must reach it as they were typed.
        EnablePosixBundling = false,
        ResponseFileTokenReplacer = null,
    };

    public static int Run(string[] args)
    {
        try
        {
            RootCommand root = Build();
            RejectUnknownVerb(root, args);
            ParseResult result = root.Parse(args, Configuration);
            if (result.Errors.Count > 0)
            {
                throw new UsageException(result.Errors[0].Message);
            }

            // Only the benchmark run passes what it does not know on (to BenchmarkDotNet); a verb takes nothing it does not know.
            if (result.CommandResult.Command != root && result.UnmatchedTokens.Count > 0)
            {
                throw new UsageException($"{result.CommandResult.Command.Name} does not know '{result.UnmatchedTokens[0]}' (see {result.CommandResult.Command.Name} --help)");
            }

            int code = result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            if (result.Action is HelpAction && result.CommandResult.Command == root)
            {
                Console.WriteLine("BenchmarkDotNet's options (any argument IpcBench does not know goes to it unchanged):");
                BenchmarkRun.Switcher.Run(["--help"]);
            }

            return code;
        }
        catch (Exception e) when (e is UsageException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"ipcbench: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is TransportException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"ipcbench: {e.Message}");
            return 1;
        }
    }

    public static RootCommand Build()
    {
        Option<Placement> placement = SharedOptions.Placement();
        Option<string?> remote = SharedOptions.Remote();
        Option<string?> secretFile = SharedOptions.SecretFile();
        var claims = new Option<bool>("--claims") { Description = "After the benchmarks, run the interleaved claims check (about 6 minutes), so that the report's verdicts come from it" };
        var useCases = new Option<bool>("--use-cases") { Description = "After the benchmarks, run the interleaved use-case check (about 2 minutes), so that the report's Use cases section comes from it" };
        var root = new RootCommand(
            "IpcBench: Linux IPC mechanisms through ping-pong and throughput with BenchmarkDotNet. With no verb it runs the benchmarks " +
            "(give --filter GLOB; every BenchmarkDotNet option works) and writes the report under reports/.")
        {
            placement,
            claims,
            useCases,
            remote,
            secretFile,
        };
        // --version belongs to BenchmarkDotNet, as before this parser existed.
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        root.TreatUnmatchedTokensAsErrors = false;
        root.Subcommands.Add(ReportVerb.Create());
        root.Subcommands.Add(GateVerb.Create());
        root.Subcommands.Add(LatencyVerb.Create());
        root.Subcommands.Add(ClaimsVerb.Create());
        root.Subcommands.Add(ReproducibilityVerb.Create());
        root.Subcommands.Add(CleanupVerb.Create());
        root.Subcommands.Add(NetnsVerb.Create());
        root.Subcommands.Add(BoundaryVerb.Create());
        root.Subcommands.Add(RuntimesVerb.Create());
        root.Subcommands.Add(UseCasesVerb.Create());
        root.SetAction(result =>
        {
            SharedOptions.UseRemote(result, remote, secretFile);
            return BenchmarkRun.Run(result.GetValue(placement), result.GetValue(claims), result.GetValue(useCases), [.. result.UnmatchedTokens]);
        });
        return root;
    }

    /// <summary>A first argument that is neither an option nor a verb is a mistyped verb, never a benchmark run.</summary>
    private static void RejectUnknownVerb(RootCommand root, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return;
        }

        string[] verbs = [.. root.Subcommands.Select(c => c.Name)];
        if (!verbs.Contains(args[0]))
        {
            string? closest = Verbs.Closest(args[0], verbs);
            throw new UsageException($"unknown verb '{args[0]}'{(closest is null ? "" : $": did you mean '{closest}'?")} (verbs: {string.Join(", ", verbs)}; see --help)");
        }
    }
}

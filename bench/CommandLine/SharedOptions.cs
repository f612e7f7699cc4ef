using System.CommandLine;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Remote;

namespace IpcBench.Bench.CommandLine;

/// <summary>Options that several verbs share, made in one place so they mean the same everywhere.</summary>
public static class SharedOptions
{
    /// <summary>Where client and peer run, for the benchmarks and the latency verb alike.</summary>
    public static Option<Placement> Placement() => new("--placement")
    {
        Description = "Where client and peer run: split (client CPU 0, peer CPU 1), same (both on CPU 0) or os (no pinning)",
        DefaultValueFactory = _ => Transports.Processes.Placement.Split,
        CustomParser = result => CpuPlacement.TryParse(result.Tokens[0].Value, out Placement p) ? p : Fail<Placement>(result, $"unknown placement '{result.Tokens[0].Value}': use split, same or os"),
    };

    /// <summary>Globs over benchmark names, as BenchmarkDotNet's --filter takes them ('*Tcp*'); several allowed.</summary>
    public static Option<string[]> Filter() => new("--filter")
    {
        Description = "Globs over benchmark names, as in BenchmarkDotNet ('*Shm*', '*Tcp*'); several may follow one --filter or repeat it",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["*"],
    };

    /// <summary>A listening peer to measure TCP against, besides the local transports.</summary>
    public static Option<string?> Remote() => new("--remote")
    {
        Description = "Also run TcpRemote: TCP to a listening peer (IpcBench.Peer --listen) at HOST:PORT; its secret from --secret-file or IPCBENCH_SECRET",
    };

    /// <summary>Where the listening peer's secret is, for <see cref="Remote"/>.</summary>
    public static Option<string?> SecretFile() => new("--secret-file")
    {
        Description = "A file only its owner may read (mode 0600) holding the listening peer's secret (never give the secret itself on a command line)",
    };

    /// <summary>Makes --remote the run's target (in the environment, so BenchmarkDotNet's processes see it), after checking address and secret.</summary>
    public static void UseRemote(ParseResult result, Option<string?> remote, Option<string?> secretFile)
    {
        string? address = result.GetValue(remote);
        string? file = result.GetValue(secretFile);
        if (address is null)
        {
            if (file is not null)
            {
                throw new UsageException("--secret-file belongs to --remote HOST:PORT");
            }

            return;
        }

        RemoteTarget.Select(address, file);
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}

using System.CommandLine;
using IpcBench.Transports.Processes;

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

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}

using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Harness;

/// <summary>
/// Options of this suite that BenchmarkDotNet's own command line does not know. They are taken
/// out of the arguments before BenchmarkDotNet sees them, and reach the benchmark processes as
/// parameter values, so every result records them.
/// </summary>
public static class BenchSettings
{
    public static Placement Placement { get; private set; } = Placement.Split;

    /// <summary>Removes <c>--placement X</c> from <paramref name="args"/> and applies it.</summary>
    public static string[] Extract(string[] args)
    {
        var rest = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--placement")
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException("--placement needs a value: split, same or os");
                }

                Placement = CpuPlacement.Parse(args[++i]);
            }
            else if (args[i].StartsWith("--placement=", StringComparison.Ordinal))
            {
                Placement = CpuPlacement.Parse(args[i]["--placement=".Length..]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return [.. rest];
    }
}

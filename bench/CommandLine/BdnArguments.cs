using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;

namespace IpcBench.Bench.CommandLine;

/// <summary>
/// The arguments IpcBench does not know, which go to BenchmarkDotNet unchanged. They are parsed
/// with BenchmarkDotNet's own parser first, so that a bad value (<c>--list flatt</c>) is a
/// one-line error before anything runs, and a run that would open the interactive picker
/// without a person to answer it is refused.
/// </summary>
public static class BdnArguments
{
    /// <summary>Throws <see cref="UsageException"/> unless BenchmarkDotNet accepts the arguments and they select benchmarks without asking.</summary>
    public static void Validate(IReadOnlyList<string> arguments, bool personAtTerminal)
    {
        var logger = new CapturingLogger();
        (bool ok, _, CommandLineOptions? options) = ConfigParser.Parse([.. arguments], logger);
        if (!ok || options is null)
        {
            throw new UsageException(logger.FirstError() ?? $"BenchmarkDotNet does not accept '{string.Join(' ', arguments)}'");
        }

        bool selects = options.Filters.Any() || options.AllCategories.Any() || options.AnyCategories.Any() || options.AttributeNames.Any();
        bool asksNothing = options.ListBenchmarkCaseMode.ToString() != "Disabled" || options.PrintInformation;
        if (!selects && !asksNothing && !(personAtTerminal && arguments.Count == 0))
        {
            throw new UsageException("no benchmark selected: give --filter GLOB (such as --filter '*Tcp*'; --list flat shows every case)");
        }
    }

    /// <summary>Keeps what BenchmarkDotNet's parser says, so its first error can be quoted on one line.</summary>
    private sealed class CapturingLogger : ILogger
    {
        private readonly List<(LogKind Kind, string Text)> _lines = [];

        public string Id => nameof(CapturingLogger);

        public int Priority => 0;

        /// <summary>The first line under BenchmarkDotNet's "ERROR(S):" heading, or a line it logged as an error.</summary>
        public string? FirstError()
        {
            string[] lines = [.. string.Concat(_lines.Select(l => l.Text + "\n")).Split('\n').Select(l => l.Trim())];
            int heading = Array.IndexOf(lines, "ERROR(S):");
            return (heading >= 0 ? lines.Skip(heading + 1) : _lines.Where(l => l.Kind == LogKind.Error).Select(l => l.Text.Trim()))
                .FirstOrDefault(l => l.Length > 0);
        }

        public void Write(LogKind logKind, string text) => _lines.Add((logKind, text));

        public void WriteLine() => _lines.Add((LogKind.Default, "\n"));

        public void WriteLine(LogKind logKind, string text) => _lines.Add((logKind, text + "\n"));

        public void Flush()
        {
        }
    }
}

using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Reporting;
using IpcBench.Bench.Results;
using IpcBench.Transports.Naming;

namespace IpcBench.Bench.Gate;

/// <summary>
/// The A/B gate: the baseline build (a git ref, built in a worktree) and the current build (this
/// process's own) measure each case in alternating launches on this machine (<see cref="LaunchOrder"/>),
/// and <see cref="PairedGate"/> decides on the pairs. Each launch is a fresh process running
/// BenchmarkDotNet in-process on one case with one launch's worth of iterations, so no stored
/// baseline and no build per launch are needed. Everything it makes lives in one private folder removed at the end.
/// </summary>
public sealed class AbGate
{
    /// <summary>A launch measures one case in a few seconds; this bounds one that hangs.</summary>
    private static readonly TimeSpan LaunchLimit = TimeSpan.FromMinutes(5);

    public sealed record Settings(string Against, IReadOnlyList<string> Filters, int Pairs, int Iterations, GateThreshold Threshold);

    public sealed record Outcome(string BaselineCommit, IReadOnlyList<GateRow> Rows, TimeSpan Took);

    /// <summary>The cases of this build the filters select (BenchmarkDotNet's own globs over names with parameters).</summary>
    public static IReadOnlyList<BenchmarkCase> Cases(IReadOnlyList<string> filters)
    {
        var filter = new GlobFilter([.. filters]);
        return [.. typeof(AbGate).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t).BenchmarksCases)
            .Where(filter.Predicate)];
    }

    /// <summary>
    /// A glob that selects exactly this case in any build that has it: type, method and every
    /// parameter with its value, each closed by the separator that follows it in BenchmarkDotNet's
    /// full name ("Size: 64)" never matches "Size: 640)").
    /// </summary>
    public static string CaseGlob(BenchmarkCase benchmarkCase)
    {
        ParameterInstance[] parameters = [.. benchmarkCase.Parameters.Items];
        string method = $"*.{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}";
        return parameters.Length == 0
            ? method
            : method + "(" + string.Concat(parameters.Select((p, i) => $"*{p.Name}: {p.Value}{(i == parameters.Length - 1 ? ")" : ",")}"));
    }

    /// <summary>The arguments of one launch: BenchmarkDotNet's own, which every version of the suite accepts.</summary>
    public static IReadOnlyList<string> LaunchArguments(IReadOnlyList<string> filters, int iterations, string artifacts) =>
    [
        "--filter", .. filters,
        "--inProcess", "--launchCount", "1", "--warmupCount", "1",
        "--iterationCount", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--iterationTime", "100", "--artifacts", artifacts,
    ];

    public static Outcome Run(Settings settings, TextWriter output, CancellationToken cancel)
    {
        string[] cases = [.. Cases(settings.Filters).Select(CaseGlob)];
        if (cases.Length == 0)
        {
            throw new ArgumentException($"the filter selects no case of this build: {string.Join(" ", settings.Filters)} (--list flat shows them)");
        }

        string repository = RefBuild.RepositoryOf(AppContext.BaseDirectory);
        string commit = RefBuild.Resolve(repository, settings.Against);
        // BenchmarkDotNet refuses unoptimized code, and only Release figures mean anything.
        if (typeof(AbGate).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
        {
            throw new ArgumentException("the A/B gate runs from a Release build: dotnet run -c Release -- gate --against REF");
        }

        var clock = Stopwatch.StartNew();
        using var folder = new PrivateFolder();
        output.WriteLine($"// gate: building {settings.Against} ({commit[..12]}) in a worktree under {folder.Path}");
        using RefBuild baseline = RefBuild.Create(repository, commit, folder.Path, cancel);
        string current = typeof(AbGate).Assembly.Location;
        output.WriteLine($"// gate: {cases.Length} case(s) x {settings.Pairs} pairs of launches (baseline {baseline.Commit[..12]} vs this build), {settings.Iterations} iterations a launch");

        IReadOnlyList<Launch> order = LaunchOrder.Of(settings.Pairs, cases.Length);
        List<BenchmarkResult>[,] results = new List<BenchmarkResult>[settings.Pairs, 2];
        var launchClock = Stopwatch.StartNew();
        for (int i = 0; i < order.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            (int pair, int c, Side side) = order[i];
            string eta = i == 0 ? "" : $" (about {(int)Math.Ceiling((launchClock.Elapsed / i * (order.Count - i)).TotalMinutes)} min left)";
            output.WriteLine($"// gate: launch {i + 1}/{order.Count}: pair {pair + 1}, {side.ToString().ToLowerInvariant()}, {cases[c]}{eta}");
            string assembly = side == Side.Baseline ? baseline.BenchAssembly : current;
            (results[pair, (int)side] ??= []).AddRange(Measure(assembly, cases[c], settings.Iterations, Path.Combine(folder.Path, $"launch-{i + 1:000}"), output, cancel));
        }

        LaunchPair[] pairs = [.. Enumerable.Range(0, settings.Pairs).Select(p => new LaunchPair(results[p, (int)Side.Baseline], results[p, (int)Side.Current]))];
        return new Outcome(baseline.Commit, new PairedGate(settings.Threshold.Factor).Compare(pairs), clock.Elapsed);
    }

    /// <summary>One launch; a launch that measured nothing is reported and counts as a case without figures on that side.</summary>
    private static IReadOnlyList<BenchmarkResult> Measure(string assembly, string caseGlob, int iterations, string artifacts, TextWriter output, CancellationToken cancel)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)! };
        info.ArgumentList.Add(assembly);
        foreach (string argument in LaunchArguments([caseGlob], iterations, artifacts))
        {
            info.ArgumentList.Add(argument);
        }

        // A launch is a sample, not a run to report.
        info.Environment[ReportFolders.NoReportVariable] = "1";
        (int code, string tail) = ChildProcess.Run(info, artifacts + ".log", LaunchLimit, cancel);
        string results = Path.Combine(artifacts, "results");
        if (!Directory.Exists(results) || Directory.GetFiles(results, ResultsReader.FilePattern).Length == 0)
        {
            output.WriteLine($"// gate: that launch measured nothing (exit {code}): {tail}");
            return [];
        }

        // Exit 1 with results: the case threw; its missing figures make it "failed" in the table.
        return ResultsReader.ReadFolder(results).Results;
    }
}

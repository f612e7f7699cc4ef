using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;

namespace IpcBench.Bench.Harness;

/// <summary>
/// The suite's BenchmarkDotNet configuration: raw results as full JSON and per-measurement CSV
/// (the reports read those, not the formatted tables), allocations per operation, and MiB/s for
/// the throughput scenario. Results go to <see cref="DefaultArtifactsPath"/> unless --artifacts says otherwise.
/// </summary>
public static class BenchConfig
{
    public static string DefaultArtifactsPath => Path.Combine(RepositoryRoot(), "bench", "BenchmarkDotNet.Artifacts");

    public static IConfig Create() => DefaultConfig.Instance
        .AddExporter(JsonExporter.Full, CsvMeasurementsExporter.Default)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new MiBPerSecondColumn())
        .WithArtifactsPath(DefaultArtifactsPath);

    /// <summary>The folder holding IpcBench.sln, found from the executable's location.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IpcBench.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

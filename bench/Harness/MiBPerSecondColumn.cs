using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IpcBench.Bench.Results;
using IpcBench.Bench.Scenarios;

namespace IpcBench.Bench.Harness;

/// <summary>MiB/s of a throughput case: the bytes one operation streams over its median time.</summary>
public sealed class MiBPerSecondColumn : IColumn
{
    public string Id => nameof(MiBPerSecondColumn);

    public string ColumnName => "MiB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mebibytes streamed per second (16 MiB over the median operation time)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsThroughput);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        return IsThroughput(benchmarkCase) && medianNs is > 0
            ? BenchmarkResult.MiBPerSecondOf(medianNs.Value).ToString("N0", style.CultureInfo)
            : "-";
    }

    // Every throughput class (the scenario's and the in-process floor's) streams ThroughputBenchmark.StreamBytes per operation.
    private static bool IsThroughput(BenchmarkCase b) =>
        b.Descriptor.Type.Name.EndsWith(nameof(Scenario.Throughput), StringComparison.Ordinal);
}

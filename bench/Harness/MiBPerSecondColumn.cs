using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
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

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(b => IsThroughput(b));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (!IsThroughput(benchmarkCase) || medianNs is not > 0)
        {
            return "-";
        }

        double mib = ThroughputBenchmark.StreamBytes / (1024.0 * 1024.0);
        return (mib / (medianNs.Value / 1e9)).ToString("N0", style.CultureInfo);
    }

    // The throughput scenario and the in-process floor both stream ThroughputBenchmark.StreamBytes per operation.
    private static bool IsThroughput(BenchmarkCase b) =>
        b.Descriptor.WorkloadMethod.Name == nameof(ThroughputBenchmark.Stream16MiB);
}

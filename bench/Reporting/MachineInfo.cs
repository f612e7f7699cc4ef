using System.Runtime.InteropServices;
using System.Text.Json;

namespace IpcBench.Bench.Reporting;

/// <summary>The machine a run was measured on, from BenchmarkDotNet's host information and the kernel.</summary>
public sealed record MachineInfo(string? Processor, string? PhysicalCores, string? LogicalCores, string? OperatingSystem, string? Runtime, string? BenchmarkDotNet, string Kernel)
{
    public static MachineInfo From(JsonElement? host) => new(
        Text(host, "ProcessorName"),
        Text(host, "PhysicalCoreCount"),
        Text(host, "LogicalCoreCount"),
        Text(host, "OsVersion"),
        Text(host, "RuntimeVersion"),
        Text(host, "BenchmarkDotNetVersion"),
        KernelRelease());

    private static string KernelRelease() =>
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription;

    private static string? Text(JsonElement? element, string name) =>
        element is JsonElement e && e.TryGetProperty(name, out JsonElement value) ? value.ToString() : null;
}

using System.Globalization;
using IpcBench.Bench.Harness;

namespace IpcBench.Bench.Reporting;

/// <summary>
/// Where reports go: <c>reports/RUN-ID[-KIND]/</c> under the repository (run id = UTC time),
/// copied to <c>reports/latest[-KIND]/</c> so that the newest of each kind has a fixed address.
/// </summary>
public static class ReportFolders
{
    /// <summary>Set (to anything) in the environment of a benchmark run that is a sample of a larger measurement, such as a launch of the A/B gate: it then writes no report.</summary>
    public const string NoReportVariable = "IPCBENCH_NO_REPORT";

    public static string DefaultRoot => Path.Combine(BenchConfig.RepositoryRoot(), "reports");

    public static string NewRunId() => DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The fixed address of the newest report of a kind (null: the benchmark report).</summary>
    public static string Latest(string root, string? kind = null) => Path.Combine(root, kind is null ? "latest" : $"latest-{kind}");

    /// <summary>Creates <c>ROOT/RUN-ID[-KIND]</c>, or <c>ROOT/RUN-ID.2[-KIND]</c> and so on when a report of the same second exists.</summary>
    public static string Create(string root, string runId, string? kind = null)
    {
        Directory.CreateDirectory(root);
        for (int n = 1; ; n++)
        {
            string id = n == 1 ? runId : $"{runId}.{n}";
            string folder = Path.Combine(root, kind is null ? id : $"{id}-{kind}");
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                return folder;
            }
        }
    }

    /// <summary>Replaces the latest folder of the kind with a copy of <paramref name="folder"/>.</summary>
    public static string Publish(string root, string folder, string? kind = null)
    {
        string latest = Latest(root, kind);
        if (Directory.Exists(latest))
        {
            Directory.Delete(latest, recursive: true);
        }

        Directory.CreateDirectory(latest);
        foreach (string file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(latest, Path.GetFileName(file)));
        }

        return latest;
    }
}

using System.Globalization;
using System.Security.Cryptography;

namespace IpcBench.Transports.Naming;

/// <summary>
/// Names of every object the suite creates: <c>ipcbench-PID-RANDOM</c>. The random part makes them
/// unpredictable; the creator's pid lets <see cref="StaleObjects"/> tell leftovers of a crashed
/// run (whose creator is gone) from objects of a run in progress.
/// </summary>
public static class IpcNames
{
    public const string Prefix = "ipcbench-";

    /// <summary>The name stem of this process: <c>ipcbench-PID-</c>.</summary>
    public static string ProcessPrefix { get; } = $"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-";

    public static string New() => ProcessPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The creator's pid in a name of ours (after any folder part), or null for a name not of ours.</summary>
    public static int? CreatorOf(string name)
    {
        int start = name.IndexOf(Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        string rest = name[(start + Prefix.Length)..];
        int dash = rest.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }
}

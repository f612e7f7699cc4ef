using System.Text.Json;
using System.Text.Json.Serialization;
using IpcBench.Transports.Processes;

namespace IpcBench.Bench.Harness;

/// <summary>
/// When and by which build the figures in a report folder were measured (run.json), so that a
/// report can refuse to mix in figures of another build and show when those it joins were made.
/// </summary>
public sealed record RunStamp(string Build, DateTime StartedUtc, DateTime FinishedUtc, string Placement, double? SliceMilliseconds = null)
{
    public const string FileName = "run.json";

    [JsonIgnore]
    public bool IsCurrentBuild => Build == BuildIdentity.Current;

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this));

    /// <summary>The stamp of a folder, or null when it has none.</summary>
    public static RunStamp? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunStamp>(File.ReadAllText(path)) : null;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{path}' is not readable: {e.Message}");
        }
    }
}

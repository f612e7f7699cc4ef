using IpcBench.Bench.Harness;

namespace IpcBench.Bench.UseCases;

/// <summary>A use-case check as the report reads it back: its rows, the JSON-RPC split, and when and by which build.</summary>
public sealed record UseCaseResults(IReadOnlyList<UseCaseRow> Rows, IReadOnlyList<JsonRpcSplitRow> Split, RunStamp Stamp)
{
    /// <summary>The check in <paramref name="folder"/>, if the running build measured it.</summary>
    public static UseCaseResults? ReadCurrent(string folder) =>
        RunStamp.Read(folder) is { IsCurrentBuild: true } stamp ? new(UseCaseRow.Read(folder), JsonRpcSplitRow.Read(folder), stamp) : null;

    public void Write(string folder)
    {
        UseCaseRow.Write(folder, Rows);
        JsonRpcSplitRow.Write(folder, Split);
        Stamp.Write(folder);
    }
}

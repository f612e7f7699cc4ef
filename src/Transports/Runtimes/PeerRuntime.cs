using IpcBench.Transports.Contracts;

namespace IpcBench.Transports.Runtimes;

/// <summary>
/// A runtime the peer is also written in (<c>peers/</c>, copied next to the binaries): its
/// interpreter, its script, and whether it can pin itself to a CPU. Same protocol as the .NET
/// peer; the sink reports CRC-32, which every standard library has.
/// </summary>
public sealed record PeerRuntime(string Name, string Interpreter, string Script, bool PinsItself)
{
    public static PeerRuntime Python { get; } = new("Python", "python3", Path.Combine("peers", "python", "ipcbench_peer.py"), PinsItself: true);

    public static PeerRuntime Node { get; } = new("Node.js", "node", Path.Combine("peers", "node", "ipcbench_peer.js"), PinsItself: false);

    public string ScriptPath => Path.Combine(AppContext.BaseDirectory, Script);

    /// <summary>Why this runtime's peer cannot run here, or null.</summary>
    public string? Unavailable =>
        InterpreterPath is null ? $"needs {Interpreter} (scripts/setup.sh installs it)"
        : !File.Exists(ScriptPath) ? $"its peer script {ScriptPath} is missing"
        : null;

    public PeerProgram Program => new([InterpreterPath ?? Interpreter, ScriptPath], PinsItself);

    private string? InterpreterPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, Interpreter))
            .FirstOrDefault(File.Exists);

    /// <summary>For <see cref="Transport.OpenPeer"/>, which a script peer never calls.</summary>
    public NotSupportedException NotADotNetPeer(string transport) => new($"{transport}: its peer is {Script}, not IpcBench.Peer");
}

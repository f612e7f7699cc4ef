namespace IpcBench.Transports.Contracts;

/// <summary>
/// A peer that is not IpcBench.Peer (a script in another runtime), started with the same
/// arguments. <paramref name="PinsItself"/>: false for a runtime that cannot set its own CPU
/// affinity (Node.js), which is then started through <c>taskset</c>.
/// </summary>
public sealed record PeerProgram(IReadOnlyList<string> Command, bool PinsItself);

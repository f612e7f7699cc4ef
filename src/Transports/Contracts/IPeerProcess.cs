namespace IpcBench.Transports.Contracts;

/// <summary>
/// The running peer as an endpoint sees it while connecting: its pid (for signals), its standard
/// streams (for transports that talk over them) and whether it still runs.
/// </summary>
public interface IPeerProcess : IPeerLiveness
{
    int Pid { get; }

    /// <summary>The peer's standard input, when the transport talks over it.</summary>
    Stream StandardInput { get; }

    /// <summary>The peer's standard output, when the transport talks over it.</summary>
    Stream StandardOutput { get; }
}

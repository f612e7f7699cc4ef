namespace IpcBench.Transports.Remote;

/// <summary>
/// The listening peer a run measures against (<c>--remote HOST:PORT</c>), as the environment hands
/// it to every process of the run, BenchmarkDotNet's included: the address in
/// <see cref="Variable"/>, the secret's source in <see cref="PeerSecret"/>'s variables, and the
/// network namespace to connect from, if any (<see cref="NamespaceVariable"/>, for a peer inside
/// the suite's own namespace pair).
/// </summary>
public sealed record RemoteTarget(HostPort Address, string? ClientNamespace)
{
    public const string Variable = "IPCBENCH_REMOTE";
    public const string NamespaceVariable = "IPCBENCH_REMOTE_NETNS";

    public static RemoteTarget? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text
            ? new RemoteTarget(HostPort.Parse(text, Variable), Environment.GetEnvironmentVariable(NamespaceVariable) is { Length: > 0 } ns ? ns : null)
            : null;

    /// <summary>Makes this the run's target, checking the address and the secret's source first.</summary>
    public static void Select(string address, string? secretFile)
    {
        HostPort.Parse(address, "--remote");
        if (secretFile is not null)
        {
            Environment.SetEnvironmentVariable(PeerSecret.FileVariable, Path.GetFullPath(secretFile));
        }

        PeerSecret.Load(null);
        Environment.SetEnvironmentVariable(Variable, address);
    }

    public override string ToString() => Address.ToString();
}

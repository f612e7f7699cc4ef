namespace IpcBench.Transports.Naming;

/// <summary>
/// A folder only this user can enter (mkdtemp, mode 0700) for sockets and FIFOs, so nobody else
/// can connect to them or plant a link in their place. Disposing it removes it with its contents.
/// </summary>
public sealed class PrivateFolder : IDisposable
{
    /// <summary>Private folders under the temp folder.</summary>
    public static LeftoverPlace Leftovers { get; } = new(System.IO.Path.GetTempPath(), IpcNames.Prefix + "*");

    public PrivateFolder() => Path = Directory.CreateTempSubdirectory(IpcNames.ProcessPrefix).FullName;

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

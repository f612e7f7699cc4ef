using System.Security.Cryptography;
using System.Text;

namespace IpcBench.Transports.Remote;

/// <summary>
/// The secret a listening peer and its clients prove to each other (<see cref="SecretHandshake"/>).
/// It comes from a file only its owner may read (mode 0600 or stricter) or from an environment
/// variable, never from a command line, which any user can read in <c>/proc/PID/cmdline</c>.
/// </summary>
public static class PeerSecret
{
    public const string Variable = "IPCBENCH_SECRET";
    public const string FileVariable = "IPCBENCH_SECRET_FILE";
    public const int MinLength = 16;

    private const UnixFileMode OthersMayTouch =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>From <paramref name="file"/> if given, else the file <see cref="FileVariable"/> names, else <see cref="Variable"/>.</summary>
    public static byte[] Load(string? file)
    {
        file ??= Environment.GetEnvironmentVariable(FileVariable);
        string secret;
        string source;
        if (!string.IsNullOrEmpty(file))
        {
            source = $"secret file {file}";
            if (!File.Exists(file))
            {
                throw new ArgumentException($"{source} does not exist");
            }

            UnixFileMode mode = File.GetUnixFileMode(file);
            if ((mode & OthersMayTouch) != 0)
            {
                throw new ArgumentException($"{source} may be read by others (mode {Convert.ToString((int)mode, 8)}): chmod 600 it");
            }

            secret = File.ReadAllText(file).Trim();
        }
        else
        {
            source = Variable;
            secret = Environment.GetEnvironmentVariable(Variable)?.Trim()
                ?? throw new ArgumentException($"no secret: give --secret-file PATH (mode 0600) or set {Variable}");
        }

        if (secret.Length < MinLength)
        {
            throw new ArgumentException($"the secret from {source} has fewer than {MinLength} characters");
        }

        return Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>A fresh random secret (64 hex digits).</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

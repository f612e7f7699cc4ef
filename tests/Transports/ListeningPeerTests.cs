using System.Diagnostics;
using System.Globalization;
using IpcBench.Tests.Support;
using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Contracts;
using IpcBench.Transports.Namespaces;
using IpcBench.Transports.Processes;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Remote;
using IpcBench.Transports.Sockets;

namespace IpcBench.Tests.Transports;

/// <summary>
/// The listening peer (<c>IpcBench.Peer --listen</c>) inside the suite's network namespace pair,
/// reached over the veth pair as a second host would be: the right secret served with verified
/// bytes, a wrong one refused, the peer killed mid-stream noticed at once, nothing left behind.
/// </summary>
public class ListeningPeerTests
{
    [RootFact]
    public void Serves_the_right_secret_over_the_veth_pair_and_refuses_a_wrong_one()
    {
        var before = IpcLeakCheck.Take();
        using (NetnsPair pair = NetnsPair.Acquire())
        using (var secret = new SecretFile())
        using (var peer = ListeningPeer.Start(pair, secret.Path))
        {
            string cmdline = File.ReadAllText($"/proc/{peer.Pid}/cmdline");
            Assert.DoesNotContain(secret.Value, cmdline, StringComparison.Ordinal);
            Assert.Equal([$"{NetnsPair.PeerAddress}:{peer.Address.Port}"], ListeningSockets(peer.Pid));

            using (new RemoteEnvironment(peer.Address, pair, secretFile: null, secret: "not-the-secret-at-all"))
            {
                var refused = Assert.Throws<TransportException>(() => PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Echo));
                Assert.Contains("refused", refused.Message, StringComparison.Ordinal);
            }

            using (new RemoteEnvironment(peer.Address, pair, secret.Path, secret: null))
            {
                using (var connection = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Echo))
                {
                    var random = new Random(5);
                    byte[] reply = new byte[PeerProtocol.MaxEchoSize];
                    foreach (int size in new[] { 0, 1, 64, 4096, 65536, 1024 * 1024 })
                    {
                        byte[] payload = new byte[size];
                        random.NextBytes(payload);
                        int length = connection.RoundTrip(payload, reply);
                        Assert.True(payload.AsSpan().SequenceEqual(reply.AsSpan(0, length)), $"a {size}-byte echo over the veth pair differs");
                    }
                }

                using (var connection = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Sink))
                {
                    byte[] source = new byte[1024 * 1024];
                    new Random(6).NextBytes(source);
                    long total = 64L * 1024 * 1024;
                    new SinkClient(connection).StreamVerified(source, total, 65536, SinkClient.ExpectedChecksum(source, total));
                }

                // SIGTERM with a client connected: the peer ends at once (exit 0), and the client sees it go.
                using (var connection = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Echo))
                {
                    peer.Terminate();
                    Assert.True(peer.WaitForExit(TimeSpan.FromSeconds(3)), "the listening peer did not end on SIGTERM");
                    Assert.Equal(0, peer.ExitCode);
                    var gone = Assert.ThrowsAny<TransportException>(() => connection.RoundTrip(new byte[64], new byte[64]));
                    Assert.Contains(peer.Address.ToString(), gone.Message, StringComparison.Ordinal);
                }
            }

            Assert.Contains(peer.Log, line => line.Contains("refused: it did not prove the secret", StringComparison.Ordinal));
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [RootFact]
    public void A_peer_killed_mid_stream_fails_the_client_within_five_seconds_naming_host_and_port()
    {
        var before = IpcLeakCheck.Take();
        using (NetnsPair pair = NetnsPair.Acquire())
        using (var secret = new SecretFile())
        using (var peer = ListeningPeer.Start(pair, secret.Path))
        using (new RemoteEnvironment(peer.Address, pair, secret.Path, secret: null))
        using (var connection = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Sink))
        {
            byte[] source = new byte[1024 * 1024];
            Task<(long, ulong)> stream = Task.Run(() => new SinkClient(connection).Stream(source, 1L << 40, 65536));
            Thread.Sleep(300);
            Assert.False(stream.IsCompleted, "the stream ended before the peer was killed");
            var clock = Stopwatch.StartNew();
            peer.Kill();
            var failure = Assert.ThrowsAny<TransportException>(() => stream.GetAwaiter().GetResult());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the client noticed the dead peer after {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Contains(peer.Address.ToString(), failure.Message, StringComparison.Ordinal);
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [RootFact]
    public void A_silent_client_is_dropped_after_the_idle_timeout_and_the_next_one_served()
    {
        var before = IpcLeakCheck.Take();
        using (NetnsPair pair = NetnsPair.Acquire())
        using (var secret = new SecretFile())
        using (var peer = ListeningPeer.Start(pair, secret.Path, "--idle-timeout", "1"))
        using (new RemoteEnvironment(peer.Address, pair, secret.Path, secret: null))
        {
            using (var silent = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Echo))
            {
                Thread.Sleep(1800);
                Assert.ThrowsAny<TransportException>(() => silent.RoundTrip(new byte[8], new byte[8]));
            }

            using var next = PeerConnection.Open(new TcpRemoteTransport(), PeerMode.Echo);
            Assert.Equal(8, next.RoundTrip(new byte[8], new byte[8]));
            Assert.Contains(peer.Log, line => line.Contains("dropped: silent for 1 s", StringComparison.Ordinal));
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [RootFact]
    public void Tcp_and_a_Unix_socket_cross_to_a_peer_in_the_other_namespace()
    {
        var before = IpcLeakCheck.Take();
        foreach (Transport transport in new Transport[] { new TcpVethTransport(), new UnixNetnsTransport() })
        {
            using (var connection = PeerConnection.Open(transport, PeerMode.Echo))
            {
                Assert.NotEqual(NamespaceOf(Environment.ProcessId), NamespaceOf(connection.Peer!.Pid));
                byte[] payload = new byte[4096];
                new Random(7).NextBytes(payload);
                byte[] reply = new byte[payload.Length];
                Assert.Equal(payload.Length, connection.RoundTrip(payload, reply));
                Assert.Equal(payload, reply);
            }

            using (var connection = PeerConnection.Open(transport, PeerMode.Sink))
            {
                byte[] source = new byte[1024 * 1024];
                new Random(8).NextBytes(source);
                long total = 16L * 1024 * 1024;
                new SinkClient(connection).StreamVerified(source, total, 4096, SinkClient.ExpectedChecksum(source, total));
            }
        }

        IpcLeakCheck.AssertNothingLeftSince(before);
    }

    [RootFact]
    public void Cleanup_removes_the_namespace_pair_of_a_run_that_is_gone()
    {
        // 99999999 is above the kernel's largest pid, so no process can own this pair.
        NetnsPair.Up("99999999");
        IReadOnlyList<string> removed = TransportCatalog.CleanLeftovers();
        Assert.Contains(NetworkNamespace.PathOf("ipcb-99999999-c"), removed);
        Assert.Contains(NetworkNamespace.PathOf("ipcb-99999999-p"), removed);
        Assert.DoesNotContain(NetnsPair.List(), n => n.StartsWith("ipcb-99999999-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--listen 0.0.0.0:0", "every interface")]
    [InlineData("--listen 127.0.0.1:0 --secret abcdefabcdefabcdef", "never goes on the command line")]
    [InlineData("--listen localhost:0", "an IP address")]
    [InlineData("--listen 127.0.0.1", "HOST:PORT")]
    [InlineData("--listen 127.0.0.1:0 --idle-timeout 0", "--idle-timeout")]
    public void Bad_options_of_the_listening_peer_are_one_line_and_exit_2(string arguments, string expected)
    {
        (int code, string error) = ListeningPeer.RunToEnd(arguments.Split(' '), secret: PeerSecret.New());
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_secret_file_others_may_read_is_refused()
    {
        using var secret = new SecretFile();
        File.SetUnixFileMode(secret.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        (int code, string error) = ListeningPeer.RunToEnd(["--listen", "127.0.0.1:0", "--secret-file", secret.Path], secret: null);
        Assert.Equal(2, code);
        Assert.Contains("chmod 600", error, StringComparison.Ordinal);
    }

    private static string NamespaceOf(int pid) => new FileInfo($"/proc/{pid}/ns/net").LinkTarget!;

    /// <summary>The listening TCP sockets of the process's network namespace, as ADDR:PORT.</summary>
    private static List<string> ListeningSockets(int pid) =>
        [.. File.ReadLines($"/proc/{pid}/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == "0A")
            .Select(fields => fields[1].Split(':'))
            .Select(local => $"{new System.Net.IPAddress(uint.Parse(local[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture))}:{int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)}")];

    /// <summary>A fresh secret in a file of mode 0600 in a private folder.</summary>
    private sealed class SecretFile : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("ipcbench-test-secret-").FullName;

        public SecretFile()
        {
            Path = System.IO.Path.Combine(_folder, "secret");
            File.WriteAllText(Path, Value);
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        public string Path { get; }

        public string Value { get; } = PeerSecret.New();

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The run's remote target and secret as the environment gives them, restored afterwards.</summary>
    private sealed class RemoteEnvironment : IDisposable
    {
        private static readonly string[] Names = [RemoteTarget.Variable, RemoteTarget.NamespaceVariable, PeerSecret.FileVariable, PeerSecret.Variable];
        private readonly Dictionary<string, string?> _saved = Names.ToDictionary(n => n, Environment.GetEnvironmentVariable);

        public RemoteEnvironment(HostPort address, NetnsPair pair, string? secretFile, string? secret)
        {
            Environment.SetEnvironmentVariable(RemoteTarget.Variable, address.ToString());
            Environment.SetEnvironmentVariable(RemoteTarget.NamespaceVariable, pair.ClientNamespace);
            Environment.SetEnvironmentVariable(PeerSecret.FileVariable, secretFile);
            Environment.SetEnvironmentVariable(PeerSecret.Variable, secret);
        }

        public void Dispose()
        {
            foreach ((string name, string? value) in _saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    /// <summary>IpcBench.Peer --listen in the pair's peer namespace, its log collected.</summary>
    private sealed class ListeningPeer : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _log = [];

        private ListeningPeer(Process process)
        {
            _process = process;
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is string line)
                {
                    lock (_log)
                    {
                        _log.Add(line);
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        public HostPort Address { get; private set; }

        public int Pid => _process.Id;

        public int ExitCode => _process.ExitCode;

        public IReadOnlyList<string> Log
        {
            get
            {
                lock (_log)
                {
                    return [.. _log];
                }
            }
        }

        public static ListeningPeer Start(NetnsPair pair, string secretFile, params string[] options)
        {
            var info = new ProcessStartInfo("nsenter") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in new[] { $"--net={NetworkNamespace.PathOf(pair.PeerNamespace)}", "--", Executable, "--listen", $"{NetnsPair.PeerAddress}:0", "--secret-file", secretFile, "--parent", Environment.ProcessId.ToString(CultureInfo.InvariantCulture) }.Concat(options))
            {
                info.ArgumentList.Add(argument);
            }

            var peer = new ListeningPeer(Process.Start(info)!);
            Task<string?> first = peer._process.StandardOutput.ReadLineAsync();
            if (!first.Wait(TimeSpan.FromSeconds(20)) || first.Result is not string line || !line.StartsWith("listening on ", StringComparison.Ordinal))
            {
                peer.Dispose();
                throw new InvalidOperationException($"the listening peer did not start: {string.Join(" / ", peer.Log)}");
            }

            peer.Address = HostPort.Parse(line["listening on ".Length..], "the peer's address");
            return peer;
        }

        /// <summary>Runs the peer with these arguments (and the secret in its environment, if given) to its end.</summary>
        public static (int Code, string Error) RunToEnd(string[] arguments, string? secret)
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            info.Environment[PeerSecret.Variable] = secret;
            using var process = Process.Start(info)!;
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the listening peer did not end on bad options");
            return (process.ExitCode, error.GetAwaiter().GetResult());
        }

        public void Terminate() => Assert.True(Termination.Request(Pid), "the listening peer was gone before SIGTERM");

        public void Kill() => _process.Kill();

        /// <summary>Waits for the exit, then for the last lines of its log (the timed wait alone does not drain them).</summary>
        public bool WaitForExit(TimeSpan limit)
        {
            if (!_process.WaitForExit(limit))
            {
                return false;
            }

            _process.WaitForExit();
            return true;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.WaitForExit();
            // Read synchronously, standard output is not closed with the process.
            _process.StandardOutput.Dispose();
            _process.Dispose();
        }

        private static string Executable => Path.Combine(AppContext.BaseDirectory, "IpcBench.Peer");
    }
}

using System.Diagnostics;
using System.Text;
using IpcBench.Transports.Client;
using IpcBench.Transports.Protocol;
using IpcBench.Transports.Runtimes;

namespace IpcBench.Tests.JsonRpc;

/// <summary>
/// Each peer (.NET, Python, Node.js) over stdio, sent a malformed JSON-RPC stream and then the end
/// of its input: it stops within seconds with exit code 1 and one line on standard error that names
/// the framing and what is wrong — never a hang, never a stack trace.
/// </summary>
public class MalformedJsonRpcTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static TheoryData<string, string, string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, string, string>();
            foreach (string runtime in new[] { "DotNet", "Python", "Node" }.Where(r => ScriptOf(r)?.Unavailable is null))
            {
                cases.Add(runtime, "lsp", "Content-Length: abc\r\n\r\n{}", "LSP framing: Content-Length 'abc' is not a byte count");
                cases.Add(runtime, "lsp", "Content-Type: text/plain\r\n\r\n{}", "LSP framing: no Content-Length header");
                cases.Add(runtime, "lsp", "Content-Length: 99999999\r\n\r\n", "LSP framing: a body of 99999999 bytes is over the limit");
                cases.Add(runtime, "lsp", "Content-Length: 100\r\n\r\n{\"jsonrpc\":\"2.0\"", "LSP framing: the stream ended 16 bytes into a body of 100 bytes");
                cases.Add(runtime, "ndjson", "{\"jsonrpc\":\"2.0\",\"id\":1", "NDJSON framing: the stream ended inside a message (23 bytes without a newline)");
                cases.Add(runtime, "ndjson", "LONG", "NDJSON framing: a message over the limit");
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_stream_ends_the_peer_with_one_line_naming_the_framing(string runtime, string mode, string stream, string error)
    {
        PeerRuntime? script = ScriptOf(runtime);
        List<string> command = script is null ? [Path.Combine(AppContext.BaseDirectory, PeerProcess.ExecutableName)] : [.. script.Program.Command];
        var info = new ProcessStartInfo(command[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string part in command.Skip(1).Append($"{runtime}Stdio".Replace("DotNet", "")).Append(mode).Append("-").Append(Environment.ProcessId.ToString()))
        {
            info.ArgumentList.Add(part);
        }

        using var peer = Process.Start(info)!;
        try
        {
            Task<string> errors = peer.StandardError.ReadToEndAsync();
            byte[] hello = new byte[4 + PeerProtocol.Hello.Length];
            peer.StandardOutput.BaseStream.ReadExactly(hello);
            Assert.True(hello.AsSpan(4).SequenceEqual(PeerProtocol.Hello));

            byte[] bytes = stream == "LONG" ? Enumerable.Repeat((byte)'x', PeerProtocol.MaxEchoSize + 1024).ToArray() : Encoding.ASCII.GetBytes(stream);
            Stream input = peer.StandardInput.BaseStream;
            try
            {
                input.Write(bytes);
                input.Close();
            }
            catch (IOException)
            {
                // The peer may refuse an over-long message before it has all of it, and close its end.
            }

            Assert.True(peer.WaitForExit(Patience), $"{runtime} {mode}: the peer did not stop within {Patience.TotalSeconds} s");
            peer.WaitForExit();
            string[] lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(1, peer.ExitCode);
            Assert.Single(lines);
            Assert.Contains(error, lines[0]);
        }
        finally
        {
            if (!peer.HasExited)
            {
                peer.Kill();
            }
        }
    }

    private static PeerRuntime? ScriptOf(string runtime) => runtime switch { "Python" => PeerRuntime.Python, "Node" => PeerRuntime.Node, _ => null };
}

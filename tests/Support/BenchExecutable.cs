using System.Diagnostics;

namespace IpcBench.Tests.Support;

/// <summary>Runs the bench executable (IpcBench.Bench) as a user would, with no standard input.</summary>
public static class BenchExecutable
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "IpcBench.Bench"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"IpcBench.Bench {string.Join(' ', args)} did not finish within 60 s");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

using System.Diagnostics;

namespace IpcBench.Tests.Support;

/// <summary>Runs the bench executable (IpcBench.Bench) as a user would, with no standard input.</summary>
public static class BenchExecutable
{
    public static (int Code, string Output, string Error) Run(params string[] args) => Run(TimeSpan.FromSeconds(60), args);

    public static (int Code, string Output, string Error) Run(TimeSpan limit, params string[] args) =>
        Run(Path.Combine(AppContext.BaseDirectory, "IpcBench.Bench"), limit, args);

    /// <summary>
    /// Builds the bench project in Release (the tests' own copy is a Debug build, which
    /// BenchmarkDotNet refuses to measure) and runs that build.
    /// </summary>
    public static (int Code, string Output, string Error) RunRelease(TimeSpan limit, params string[] args)
    {
        string bench = Path.Combine(IpcBench.Bench.Harness.BenchConfig.RepositoryRoot(), "bench");
        // No build servers: they would outlive the test and keep its pipes open.
        var build = new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "--disable-build-servers", Path.Combine(bench, "IpcBench.Bench.csproj")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(build)!)
        {
            Task<string> buildOutput = process.StandardOutput.ReadToEndAsync();
            Task<string> buildErrors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "the Release build of bench did not finish within 5 minutes");
            Assert.True(process.ExitCode == 0, $"the Release build of bench failed: {buildOutput.GetAwaiter().GetResult()}{buildErrors.GetAwaiter().GetResult()}");
        }

        return Run(Path.Combine(bench, "bin", "Release", "net10.0", "IpcBench.Bench"), limit, args);
    }

    private static (int Code, string Output, string Error) Run(string executable, TimeSpan limit, string[] args)
    {
        var info = new ProcessStartInfo(executable)
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
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

using System.Diagnostics;

namespace IpcBench.Bench.Gate;

/// <summary>
/// The baseline side of the A/B gate: a git ref checked out in a temporary worktree inside the
/// gate's private folder and built in Release there, so the working tree stays untouched. Dispose
/// removes the worktree; a gate killed before that leaves a folder that the next gate's
/// <c>git worktree prune</c> and the cleanup sweep remove.
/// </summary>
internal sealed class RefBuild : IDisposable
{
    private static readonly TimeSpan GitLimit = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(10);

    private readonly string _repository;
    private readonly string _worktree;

    private RefBuild(string repository, string worktree, string commit)
    {
        _repository = repository;
        _worktree = worktree;
        Commit = commit;
    }

    /// <summary>The full commit id the ref named when the gate started.</summary>
    public string Commit { get; }

    /// <summary>The built benchmark assembly of the ref.</summary>
    public string BenchAssembly => Path.Combine(_worktree, "bench", "bin", "Release", "net10.0", "IpcBench.Bench.dll");

    /// <summary>The full commit id a ref names, or an error that names the ref.</summary>
    public static string Resolve(string repository, string gitRef)
    {
        (int found, string commit) = Git(repository, null, CancellationToken.None, "rev-parse", "--verify", "--quiet", $"{gitRef}^{{commit}}");
        return found == 0 ? commit.Trim() : throw new ArgumentException($"--against '{gitRef}' is not a commit, tag or branch of {repository}");
    }

    public static RefBuild Create(string repository, string commit, string folder, CancellationToken cancel)
    {
        string log = Path.Combine(folder, "baseline-build.log");

        // Entries of worktrees whose folders a killed gate left behind (and the sweep removed).
        Git(repository, log, cancel, "worktree", "prune");
        string worktree = Path.Combine(folder, "baseline");
        if (Git(repository, log, cancel, "worktree", "add", "--detach", "--force", worktree, commit) is (not 0, string tail))
        {
            throw new IOException($"git worktree add failed for {commit[..12]}: {tail}");
        }

        var build = new RefBuild(repository, worktree, commit);
        try
        {
            // No build servers: they would outlive the gate and hold its output pipe open.
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = worktree };
            foreach (string argument in new[] { "build", "-c", "Release", "--nologo", "-v", "q", "--disable-build-servers", Path.Combine("bench", "IpcBench.Bench.csproj") })
            {
                info.ArgumentList.Add(argument);
            }

            (int code, string buildTail) = ChildProcess.Run(info, log, BuildLimit, cancel);
            if (code != 0 || !File.Exists(build.BenchAssembly))
            {
                throw new IOException($"building {commit[..12]} failed: {buildTail} (log: {log})");
            }

            return build;
        }
        catch
        {
            build.Dispose();
            throw;
        }
    }

    /// <summary>The repository holding <paramref name="folder"/>, or an error that says the A/B gate needs one.</summary>
    public static string RepositoryOf(string folder)
    {
        (int code, string top) = Git(folder, null, CancellationToken.None, "rev-parse", "--show-toplevel");
        if (code != 0)
        {
            throw new ArgumentException($"--against needs a git checkout, and {folder} is not in one (or git is missing)");
        }

        return top.Trim();
    }

    public void Dispose()
    {
        string log = Path.Combine(Path.GetDirectoryName(_worktree)!, "baseline-build.log");
        Git(_repository, log, CancellationToken.None, "worktree", "remove", "--force", _worktree);
        if (Directory.Exists(_worktree))
        {
            Directory.Delete(_worktree, recursive: true);
            Git(_repository, log, CancellationToken.None, "worktree", "prune");
        }
    }

    private static (int Code, string Output) Git(string repository, string? log, CancellationToken cancel, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = repository };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            return ChildProcess.Run(info, log, GitLimit, cancel);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (127, "git is not installed");
        }
    }
}

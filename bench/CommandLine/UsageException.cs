namespace IpcBench.Bench.CommandLine;

/// <summary>Bad input from the person at the command line: one line on standard error, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

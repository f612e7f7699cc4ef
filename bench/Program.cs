return IpcBench.Bench.CommandLine.IpcBenchCommandLine.Run(args);

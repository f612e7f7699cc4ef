// Tests count descriptors, child processes and IPC objects before and after: they must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

using System.Diagnostics;

namespace IpcBench.Transports.Contracts;

/// <summary>
/// A watchdog for native calls that cannot time out themselves (msgrcv, .NET pipe streams).
/// A thread looks at the call in progress once per wait slice; if the other side is gone or the
/// call outlived the timeout, it runs the abort action (removing a queue, closing a stream), which
/// makes the blocked call fail, and <see cref="Failure"/> explains why.
/// </summary>
public sealed class BlockingCallGuard : IDisposable
{
    private readonly WaitPolicy _wait;
    private readonly Action _abort;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();

    // Stopwatch timestamp when the current call began; 0 when no call is in progress.
    private long _callStart;
    private string _operation = "";
    private volatile TransportException? _failure;

    public BlockingCallGuard(WaitPolicy wait, Action abort)
    {
        _wait = wait;
        _abort = abort;
        _thread = new Thread(Watch) { IsBackground = true, Name = $"{wait.Transport} watchdog" };
        _thread.Start();
    }

    /// <summary>Why the guard aborted a call, or null.</summary>
    public TransportException? Failure => _failure;

    public void Enter(string operation)
    {
        _operation = operation;
        Volatile.Write(ref _callStart, Stopwatch.GetTimestamp());
    }

    public void Exit() => Volatile.Write(ref _callStart, 0);

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Wait(WaitPolicy.SliceMilliseconds))
        {
            long start = Volatile.Read(ref _callStart);
            if (start == 0)
            {
                continue;
            }

            try
            {
                new Deadline(_wait, _operation, start).Check();
            }
            catch (TransportException e)
            {
                _failure = e;
                _abort();
                return;
            }
        }
    }
}
